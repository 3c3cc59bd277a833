"""'Show us your real tickets': the backtest, Rallied's ROI calculated on the MSP's own closed tickets.

- `sources`: the past tickets, from the tenant's PSA (read-only, paged, paced) or a CSV export;
- `simulate`: each one decided offline, as the pipeline would have (triage rules, playbook, policy engine), with
  the facts only the directory could give assumed as `simulate.ASSUMPTIONS` says;
- `summary`: shares by outcome and category, hours, dollars and the after-hours share (workflow/value.py);
- `services`: a run from input to stored figures; `tasks`: the worker's entry; `views`: the service lead's page;
  `manage.py backtest` prints the same figures the page draws.

Nothing is written to any vendor, and the database gains only the run's row and its audit events.
"""
