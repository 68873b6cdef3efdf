"""The session store: every attempt committed at once, the TA's override kept beside the automatic verdict."""

# The store's body is in sqlite_store.py; its public names are re-exported here, so `from ks2practice.store import
# Store, StoreError` reads as it did when the store was one module.
from ks2practice.store.sqlite_store import (
    ENV_DATA_DIR,
    FILE_NAME,
    MIGRATIONS,
    Store,
    StoredAttempt,
    StoreError,
    default_path,
)

__all__ = ["ENV_DATA_DIR", "FILE_NAME", "MIGRATIONS", "Store", "StoreError", "StoredAttempt", "default_path"]
