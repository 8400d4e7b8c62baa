# Deleting a global from inside a function
temp = 'exists'
def remove():
    global temp
    del temp
remove()
try:
    temp
except NameError as e:
    print(type(e).__name__, e)
