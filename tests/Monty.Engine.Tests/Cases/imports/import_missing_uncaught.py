# Importing a missing module without handling (uncaught ModuleNotFoundError)
print('before import')
import json_missing_xyz
print('not reached')
