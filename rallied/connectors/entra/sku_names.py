"""Microsoft's licence part numbers and the names people use for them.

Graph's subscribedSkus lists a tenant's licences by `skuPartNumber` only; Microsoft's product names live in its
licensing documentation ("Product names and service plan identifiers for licensing"). This table holds the
SKUs an L1 help desk is asked about, with:
- `name`: the current product name, what a reply or a technician's note says;
- `names`: other spellings that mean exactly this SKU (older product names, the usual abbreviations);
- `family`: the short word people use for a group of sibling SKUs ("E3" is both Office 365 E3 and Microsoft
  365 E3). A family word picks the SKU only when the tenant holds one of the family; with two, it is ambiguous
  and a technician is asked (rallied/licences.py).
A part number missing from the table is still in the catalogue, under its part number.

All spellings are in rallied.licences.licence_words form: lower case, words separated by single spaces.
"""

from __future__ import annotations

from typing import NamedTuple


class SkuName(NamedTuple):
    name: str
    names: tuple[str, ...] = ()
    family: tuple[str, ...] = ()


SKU_NAMES: dict[str, SkuName] = {
    # -- Office 365 / Microsoft 365 enterprise plans: "E1", "E3", "E5" name the Office and the Microsoft suite
    "STANDARDPACK": SkuName("Office 365 E1", ("o365 e1",), ("e1",)),
    "ENTERPRISEPACK": SkuName("Office 365 E3", ("o365 e3",), ("e3",)),
    "ENTERPRISEPREMIUM": SkuName("Office 365 E5", ("o365 e5",), ("e5",)),
    "SPE_E3": SkuName("Microsoft 365 E3", ("m365 e3", "ms365 e3", "microsoft 365 enterprise e3"), ("e3",)),
    "SPE_E5": SkuName("Microsoft 365 E5", ("m365 e5", "ms365 e5", "microsoft 365 enterprise e5"), ("e5",)),
    # Sold without Teams in the EEA since 2023 (Teams is then its own SKU): still "an E3" to the person asking.
    "Microsoft_365_E3_(no_Teams)": SkuName("Microsoft 365 E3 (no Teams)", ("m365 e3 no teams",), ("e3",)),
    "Microsoft_365_E5_(no_Teams)": SkuName("Microsoft 365 E5 (no Teams)", ("m365 e5 no teams",), ("e5",)),
    "Microsoft_Teams_Enterprise_New": SkuName("Microsoft Teams Enterprise", ("teams enterprise",), ()),
    # -- frontline
    "DESKLESSPACK": SkuName("Office 365 F3", ("o365 f3", "office 365 f1"), ("f3",)),
    "SPE_F1": SkuName("Microsoft 365 F3", ("m365 f3",), ("f3",)),
    "M365_F1": SkuName("Microsoft 365 F1", ("m365 f1",), ("f1",)),
    # -- business plans. O365_BUSINESS_PREMIUM is Business *Standard* (its part number kept the product's old name,
    # "Office 365 Business Premium"); Business Premium is SPB. A person asking for "Business Premium" today means
    # SPB, so the old name is deliberately not listed as a spelling of O365_BUSINESS_PREMIUM.
    "O365_BUSINESS_ESSENTIALS": SkuName("Microsoft 365 Business Basic",
                                        ("office 365 business essentials", "m365 business basic"),
                                        ("business basic",)),
    "O365_BUSINESS_PREMIUM": SkuName("Microsoft 365 Business Standard", ("m365 business standard",),
                                     ("business standard",)),
    "SPB": SkuName("Microsoft 365 Business Premium", ("m365 business premium", "microsoft 365 business"),
                   ("business premium",)),
    "O365_BUSINESS": SkuName("Microsoft 365 Apps for business", ("office 365 business",), ("apps for business",)),
    "OFFICESUBSCRIPTION": SkuName("Microsoft 365 Apps for enterprise", ("office 365 proplus", "office proplus"),
                                  ("apps for enterprise",)),
    # -- add-ons
    "VISIOONLINE_PLAN1": SkuName("Visio Plan 1", ("visio online plan 1",), ("visio",)),
    "VISIOCLIENT": SkuName("Visio Plan 2", ("visio online plan 2", "visio pro"), ("visio",)),
    "PROJECT_P1": SkuName("Project Plan 1", (), ("project",)),
    "PROJECTPROFESSIONAL": SkuName("Project Plan 3", ("project professional", "project online professional"),
                                   ("project",)),
    "PROJECTPREMIUM": SkuName("Project Plan 5", ("project online premium",), ("project",)),
    "EXCHANGESTANDARD": SkuName("Exchange Online Plan 1", ("exchange online p1", "exchange plan 1", "exo p1"),
                                ("exchange online", "exchange")),
    "EXCHANGEENTERPRISE": SkuName("Exchange Online Plan 2", ("exchange online p2", "exchange plan 2", "exo p2"),
                                  ("exchange online", "exchange")),
    "EXCHANGEDESKLESS": SkuName("Exchange Online Kiosk", ("exchange kiosk",), ("exchange online", "exchange")),
    "POWER_BI_PRO": SkuName("Power BI Pro", ("pbi pro",), ("power bi",)),
    "PBI_PREMIUM_PER_USER": SkuName("Power BI Premium Per User", ("power bi ppu", "power bi premium"), ()),
    "POWER_BI_STANDARD": SkuName("Power BI (free)", ("power bi free",), ()),
    "MCOEV": SkuName("Teams Phone Standard", ("teams phone", "phone system", "microsoft teams phone standard"),
                     ("teams phone",)),
    "MCOPSTN1": SkuName("Teams Domestic Calling Plan", ("domestic calling plan", "calling plan"), ()),
    "Microsoft_Teams_Premium": SkuName("Teams Premium", ("microsoft teams premium",), ()),
    "TEAMS_ESSENTIALS_AAD": SkuName("Teams Essentials", ("microsoft teams essentials",), ()),
    "EMS": SkuName("Enterprise Mobility + Security E3", ("ems e3",), ("ems",)),
    "EMSPREMIUM": SkuName("Enterprise Mobility + Security E5", ("ems e5",), ("ems",)),
    "AAD_PREMIUM": SkuName("Microsoft Entra ID P1", ("azure ad premium p1", "aad p1", "entra id p1", "entra p1"), ()),
    "AAD_PREMIUM_P2": SkuName("Microsoft Entra ID P2", ("azure ad premium p2", "aad p2", "entra id p2", "entra p2"),
                              ()),
    "ATP_ENTERPRISE": SkuName("Microsoft Defender for Office 365 Plan 1", ("defender for office 365 p1",),
                              ("defender for office",)),
    "THREAT_INTELLIGENCE": SkuName("Microsoft Defender for Office 365 Plan 2", ("defender for office 365 p2",),
                                   ("defender for office",)),
    "DEFENDER_ENDPOINT_P1": SkuName("Microsoft Defender for Endpoint P1", ("defender for endpoint p1", "mde p1"), ()),
    "INTUNE_A": SkuName("Microsoft Intune Plan 1", ("intune",), ()),
    "Microsoft_365_Copilot": SkuName("Microsoft 365 Copilot", ("m365 copilot", "copilot for microsoft 365"),
                                     ("copilot",)),
    "FLOW_FREE": SkuName("Power Automate Free", ("microsoft power automate free",), ()),
}


def sku_name(part_number: str) -> SkuName:
    """The table's row for a part number; an unlisted one is known by its part number only."""
    return SKU_NAMES.get(part_number) or SkuName(part_number)
