import textwrap

text = ('This is one. And "two." Three? "Four!" Mr. Smith met Dr. Jones at 5 p.m. Then ' +
        "left. It's 3.14. Done! A. B. End.) Next 'quoted.' after.'' then x. y")
print(textwrap.fill(text, 30, fix_sentence_endings=True))
print(textwrap.fill(text, 30))
w = textwrap.TextWrapper(width=100, fix_sentence_endings=True)
for t in ['ab. cd', 'ab.  cd', 'ab.   cd', 'ab.\ncd', 'ab.\tcd', 'A. cd', 'é. cd', 'a1. cd', 'ab." cd',
          "ab.'' cd", "ab?' cd", 'ab.) cd', 'ab! cd', 'ab.', 'ab. ', 'ab-cd. ef', 'ab.--cd. ef', 'x. y']:
    print(repr(t), repr(w.fill(t)))
w.replace_whitespace = False
for t in ['ab.\ncd', 'ab.\tcd', 'ab. \ncd', 'ab. cd']:
    print(repr(t), repr(w.fill(t)))
