"""A future feature that does not exist is a SyntaxError, not an ImportError."""
from __future__ import annotations
from __future__ import spam

print("not reached")
