"""Foundation tests use the shared fixtures of tests/conftest.py (defined in tests/helpers.py)."""
