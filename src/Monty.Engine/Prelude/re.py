# re.sub/re.subn with a function replacement: the matches and the text between them are
# computed natively; the function is called here, per match, as ordinary frames (so it may
# call host functions). None counts as ''; join reports non-str results as CPython does.

def __re_sub_call(func, matches, pieces, with_count, empty):
    out = []
    if pieces[0]:
        out.append(pieces[0])
    for i in range(len(matches)):
        item = func(matches[i])
        if item is not None:
            out.append(item)
        if pieces[i + 1]:
            out.append(pieces[i + 1])
    result = empty.join(out)
    return (result, len(matches)) if with_count else result
