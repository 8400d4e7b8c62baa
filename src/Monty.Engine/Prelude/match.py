# The attribute half of class patterns (case C(x, y=...)). getattr can run Python (properties,
# __getattr__) once user classes exist, so it runs here, as an ordinary frame, where AttributeError
# means "no match" and host calls suspend cleanly. A None name stands for the subject itself.

def __match_class_attrs(subject, names):
    values = []
    for name in names:
        if name is None:
            values.append(subject)
            continue
        try:
            values.append(getattr(subject, name))
        except AttributeError:
            return None
    return tuple(values)
