"""textwrap: wrapping, filling, shortening, dedenting and indenting text, with CPython 3.11's
results. Written from the module's documentation and checked against CPython's output.

Text is cut into chunks: runs of ASCII whitespace and the words between them, words being cut
further after hyphens in compound words and around em-dashes. Lines are then filled greedily
with whole chunks; only a chunk longer than a line is ever cut inside.

Known differences from CPython: TextWrapper has no regex class attributes (wordsep_re...) and
no overridable private steps (_split, _wrap_chunks...), and where an indent is wider than the
width CPython can loop forever (see _place_long_chunk), we finish."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these separate words; other Unicode spaces (U+00A0...) belong to the word they are in.
_SEPARATORS = '\t\n\x0b\x0c\r '
_NOT_SPACES = '\t\n\x0b\x0c\r'
_TO_SPACE = {ord(c): ' ' for c in _NOT_SPACES}
_SENTENCE_STOPS = '.!?'
_QUOTES = '"\''
# An em-dash run is cut off only when the word goes on with a word character after it and the
# character before it is one of these or a word character (so "(--" or "--." stay whole).
_BEFORE_DASH = '!"&\',.?'


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit: letters and the underscore.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _letters_beside(word, at, step):
    """Whether the word holds two letters, or letter-hyphen-letter, right next to position
    `at` on the side `step` (-1 before, +1 after): the context that makes a hyphen a break."""
    first = at + step
    if first < 0 or first >= len(word) or not _is_letter(word[first]):
        return False
    second = first + step
    if second < 0 or second >= len(word):
        return False
    if _is_letter(word[second]):
        return True
    third = second + step
    return word[second] == '-' and 0 <= third < len(word) and _is_letter(word[third])


def _split_word(word, pieces):
    """Appends the pieces of one word (no whitespace in it) that lines may break between."""
    start = 0
    i = 0
    n = len(word)
    while True:
        i = word.find('-', i)
        if i < 0:
            break
        end = i + 1
        while end < n and word[end] == '-':
            end += 1
        if end - i > 1:
            # An em-dash ("--" or longer) stands alone between words: "a--b" is a, --, b.
            if i > 0 and end < n and _is_word_char(word[end]) and (
                    _is_word_char(word[i - 1]) or word[i - 1] in _BEFORE_DASH):
                if i > start:
                    pieces.append(word[start:i])
                pieces.append(word[i:end])
                start = end
        elif _letters_beside(word, i, -1) and _letters_beside(word, i, 1):
            # A hyphen inside a compound word: "well-known" may break after "well-".
            pieces.append(word[start:end])
            start = end
        i = end
    if start < n:
        pieces.append(word[start:])


def _chunks(text, on_hyphens):
    """The text as a list of whitespace runs and word pieces, in order."""
    for c in _NOT_SPACES:
        if c in text:
            return _chunks_by_character(text, on_hyphens)
    # Only spaces separate words (the usual case after replace_whitespace): str.split is much
    # faster than a loop over characters. Between two parts there is one space.
    chunks = []
    spaces = -1
    for part in text.split(' '):
        spaces += 1
        if part:
            if spaces:
                chunks.append(' ' * spaces)
                spaces = 0
            if on_hyphens and '-' in part:
                _split_word(part, chunks)
            else:
                chunks.append(part)
    if spaces:
        chunks.append(' ' * spaces)
    return chunks


def _chunks_by_character(text, on_hyphens):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        end = i + 1
        if text[i] in _SEPARATORS:
            while end < n and text[end] in _SEPARATORS:
                end += 1
            chunks.append(text[i:end])
        else:
            while end < n and text[end] not in _SEPARATORS:
                end += 1
            if on_hyphens and '-' in text[i:end]:
                _split_word(text[i:end], chunks)
            else:
                chunks.append(text[i:end])
        i = end
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then at most one quote.
    if chunk and chunk[-1] in _QUOTES:
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in _SENTENCE_STOPS and 'a' <= chunk[-2] <= 'z'


def _double_sentence_spaces(chunks):
    for i in range(len(chunks) - 1):
        if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
            chunks[i + 1] = '  '


def _is_blank(chunk):
    return chunk.strip() == ''


class TextWrapper:
    """Wraps paragraphs: the options are plain attributes, read afresh by every wrap()."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def wrap(self, text):
        """The lines of the wrapped paragraph, without final newlines."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        chunks = _chunks(text, self.break_on_hyphens)
        if self.fix_sentence_endings:
            _double_sentence_spaces(chunks)
        return self._fill_lines(chunks)

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return '\n'.join(self.wrap(text))

    def _fill_lines(self, chunks):
        width = self.width
        if width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (width,))
        max_lines = self.max_lines
        if max_lines is not None:
            last_indent = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > width:
                raise ValueError("placeholder too large for max width")
        drop = self.drop_whitespace
        pending = chunks[::-1]  # the next chunk is last, so taking it is a cheap pop()
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = width - len(indent)
            # Whitespace never starts a line, except the paragraph's own first one.
            if drop and lines and _is_blank(pending[-1]):
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                chunk = pending.pop()
                line.append(chunk)
                used += len(chunk)
            if pending and len(pending[-1]) > room:
                used += self._place_long_chunk(pending, line, used, room)
            if drop and line and _is_blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if max_lines is None or len(lines) + 1 < max_lines or (
                    self._only_space_left(pending) and used <= room):
                lines.append(indent + ''.join(line))
                continue
            self._truncate(lines, line, used, indent, room)
            break
        return lines

    def _only_space_left(self, pending):
        return not pending or (self.drop_whitespace and len(pending) == 1 and _is_blank(pending[0]))

    def _place_long_chunk(self, pending, line, used, room):
        """A chunk wider than a whole line: cut what fits (at a hyphen if one can take the cut),
        or, when long words may not be broken, give it a line of its own. Returns the width added."""
        space = room - used if room >= 1 else 1
        chunk = pending[-1]
        if not chunk:
            # The rest of a chunk that an indent wider than the line forced out one character at
            # a time. CPython keeps offering this empty rest to the line and never ends; we drop it.
            pending.pop()
            return 0
        if self.break_long_words:
            cut = space
            if self.break_on_hyphens and len(chunk) > space:
                hyphen = chunk.rfind('-', 0, space)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            head = chunk[:cut]
            line.append(head)
            pending[-1] = chunk[cut:]
            return len(head)
        if not line:
            line.append(pending.pop())
            return len(chunk)
        return 0

    def _truncate(self, lines, line, used, indent, room):
        """The last allowed line while text remains: end it with the placeholder, dropping its
        last chunks until the placeholder fits after a visible one."""
        placeholder = self.placeholder
        while line:
            if not _is_blank(line[-1]) and used + len(placeholder) <= room:
                line.append(placeholder)
                lines.append(indent + ''.join(line))
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(placeholder) <= self.width:
                lines[-1] = previous + placeholder
                return
        lines.append(indent + placeholder.lstrip())


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into lines of at most width characters (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """wrap(), joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace, then truncates to one line, ending with the placeholder if cut."""
    if 'max_lines' in kwargs:
        raise TypeError("textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'")
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Removes the leading spaces and tabs that every non-blank line shares; lines of only
    spaces and tabs become empty."""
    if not isinstance(text, str):
        if isinstance(text, bytes):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for line in lines:
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            continue
        if margin is None:
            margin = lead
        elif not lead.startswith(margin):
            # Tabs and spaces differ: keep only the common prefix.
            common = 0
            while common < len(margin) and common < len(lead) and margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    cut = len(margin) if margin else 0
    out = []
    for line in lines:
        if len(_leading_blanks(line)) == len(line):
            out.append('')
        else:
            out.append(line[cut:])
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate(line) is true; by default to every line
    that is not only whitespace."""
    out = []
    for line in text.splitlines(True):
        if predicate(line) if predicate is not None else line.strip():
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
