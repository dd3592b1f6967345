try:
    import numpyy
except ImportError as e:
    print(type(e).__name__, e.name, issubclass(ModuleNotFoundError, ImportError))
import asyncioo
