"""The Microsoft vendors, one module per concern; `vendors/entra.py` exposes them to the registry."""
