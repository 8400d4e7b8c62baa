import textwrap

text = ("A well-known state-of-the-art self-evident e-mail x-ray -- with em-dashes--like these---and "
        "a-b-c-d pre-1990 co-operative (well-known) 'half-baked' tongue-in-cheek naïve-ly éé-ab")
for width in (6, 10, 15, 22):
    print(width, textwrap.wrap(text, width))
    print(width, textwrap.wrap(text, width, break_on_hyphens=False))

# Where a compound word may break: letters on both sides of a single hyphen.
words = ['a-b', 'ab-cd', 'ab-c', 'aa-b-cc', 'x-a-bc', '-a-bc', 'a1-bc', '1ab-cd', 'ab-c-d', 'a_-bb',
         'ab-cd-e', 'well-known!', '(well-known)', 'ab-12', '12-ab', 'ab.-cd', "ab'-cd"]
for word in words:
    print(word, textwrap.wrap(word, 1, break_long_words=False))

# Em-dashes: two or more hyphens after a word or closing punctuation, before a word character.
for word in ['a--b', '1--2', 'a.--b', 'a!--b', '(--b', 'a--.b', 'a--', '--a', 'x---y', 'a--b--c',
             'ab--cd-ef', 'a----b', '"quote"--next', 'end?--again', 'a&--b', 'a;--b']:
    print(word, textwrap.wrap(word, 1, break_long_words=False))

# Long words are cut after their last hyphen that fits.
for word, width in [('a-b-c-d-e-f-g-h', 5), ('---------', 4), ('-abcdefg', 4), ('a-bcdefgh', 5),
                    ('xyz-1-2-3', 5), ('-----a', 3), ('a-----b', 3), ('a-b-cdefghijk', 6)]:
    print(word, width, textwrap.wrap(word, width), textwrap.wrap(word, width, break_on_hyphens=False))
