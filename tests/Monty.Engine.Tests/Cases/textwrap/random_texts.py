# Seeded random texts and options (random.seed gives CPython's numbers in Monty too).
import random
import textwrap

WORDS = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog.', 'Mr.', 'end!', 'what?', 'said."',
         "it's", 'well-known', 'state-of-the-art', 'e-mail', 'x-ray', 'a--b', 'word--another', '--', '---',
         'self-evident.', 'supercalifragilistic', 'A', 'I', 'ok', '1-2', 'pre-1990', 'co-op', '(aside)',
         'high-', '-low', 'naïve', 'yes.', 'no!', 'a-b-c-d-e-f', '12345678901234']
SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\t', ' \t ', '\n\n', '\xa0', '\r\n']
OPTIONS = {
    'initial_indent': ['', '  ', '* '],
    'subsequent_indent': ['', '    ', '| '],
    'expand_tabs': [True, False],
    'replace_whitespace': [True, False],
    'fix_sentence_endings': [True, False],
    'break_long_words': [True, False],
    'drop_whitespace': [True, False],
    'break_on_hyphens': [True, False],
    'tabsize': [8, 4, 0],
    'placeholder': [' [...]', '...', ''],
    'max_lines': [None, 1, 2, 3],
}
rng = random.Random(2024)
for case in range(150):
    parts = [rng.choice(SEPARATORS) if rng.random() < 0.2 else '']
    for _ in range(rng.randint(0, 16)):
        parts.append(rng.choice(WORDS))
        parts.append(rng.choice(SEPARATORS))
    text = ''.join(parts)
    options = {name: rng.choice(values) for name, values in OPTIONS.items() if rng.random() < 0.4}
    width = rng.choice([3, 5, 8, 12, 20, 35, 70])
    try:
        result = textwrap.wrap(text, width, **options)
    except ValueError as e:
        result = 'ValueError: ' + str(e)
    print(case, width, sorted(options.items()), result)
