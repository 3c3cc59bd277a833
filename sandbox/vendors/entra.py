"""Microsoft Entra ID in the sandbox: the login authority, Graph and Exchange Online's admin endpoint.

The code lives in the `graph` package (one module per concern); this module puts the three vendors
where the registry looks (top-level modules of `sandbox/vendors/`).

Sandbox credentials for a directory tenant with `"idp": "entra"` are derived from its slug (see
`graph/ids.py`): tenant id = uuid5(NS, "entra-tenant:<slug>"), client id = uuid5(NS,
"entra-client:<slug>"), secret = "sbx~" + sha256("rallied-sandbox:entra-secret:<slug>")[:36];
user ids = uuid5(NS, "user:<upn>"). `EntraLogin.connection_for` hands them out.
"""

from sandbox.vendors.graph.api import Graph
from sandbox.vendors.graph.exchange import Exchange
from sandbox.vendors.graph.ids import client_id, client_secret, tenant_id, user_id
from sandbox.vendors.graph.login import EntraLogin

__all__ = ["EntraLogin", "Exchange", "Graph", "client_id", "client_secret", "tenant_id", "user_id"]
