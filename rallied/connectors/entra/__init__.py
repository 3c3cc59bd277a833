"""Microsoft Entra ID through Microsoft Graph (and Exchange Online for mailbox permissions).

The package keeps each concern small: `auth` (msal tokens), `client` (Graph calls and paging),
`licenses`, `exchange` (mailbox permissions) and `connector` (reads and the other writes).
"""

from rallied.connectors.entra.auth import (
    EXCHANGE_SCOPE,
    GRAPH_SCOPE,
    MICROSOFT_AUTHORITY,
    forget_msal_apps,
    msal_app,
)
from rallied.connectors.entra.connector import EntraConnector
from rallied.connectors.entra.exchange import ExchangeAdmin

__all__ = [
    "EXCHANGE_SCOPE",
    "GRAPH_SCOPE",
    "MICROSOFT_AUTHORITY",
    "EntraConnector",
    "ExchangeAdmin",
    "forget_msal_apps",
    "msal_app",
]
