"""verify_audit: every audit chain against its hash links, its head row, its signed checkpoints and the witnesses."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from audit.keys import KeyConfigError
from audit.proof import WitnessUnreadable, prove_trail
from rallied.progress import progress


class Command(BaseCommand):
    help = ("Recompute every audit chain's hashes, compare each chain with its head row and with every signed "
            "checkpoint, from the checkpoint table and from the witnesses that can be read back (a file witness), "
            "each checked against the signing keys (RALLIED_AUDIT_SIGNING_KEYS and RALLIED_AUDIT_VERIFIER_KEYS). "
            "Exits 0 and prints the counts when everything holds; exits 1 naming the chain and its first bad "
            "sequence otherwise: an edited, removed, reordered or inserted event, a tail cut off (even with the head "
            "moved back), a chain rewritten with its hashes recomputed, a checkpoint row deleted, an event left "
            "unchained past RALLIED_AUDIT_PENDING_SECONDS. --chain NAME checks one chain (tenant-ID or system). On a "
            "terminal a progress bar runs on standard error.")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--chain", action="append", help="Check only this chain (repeatable).")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        def track(rows, total):  # type: ignore[no-untyped-def]
            return progress(rows, total=total, desc="verifying audit chain", stream=self.stderr, unit="event",
                            quiet=opts["verbosity"] == 0)

        try:
            proof = prove_trail(chains=set(opts["chain"]) if opts["chain"] else None, track=track)
        except (KeyConfigError, WitnessUnreadable) as exc:
            raise CommandError(f"Cannot check the audit checkpoints: {exc}") from exc
        failure = proof.first_failure()
        if failure is not None:
            broken = sum(not verdict.ok for verdict in proof.verdicts)
            others = f" ({broken - 1} other chain(s) broken too)" if broken > 1 else ""
            raise CommandError(f"{failure.line()}{others}")
        tail = (f"; {proof.uncovered} newest events not yet under a checkpoint (hash chain and head only)"
                if proof.uncovered else "")
        if proof.pending:
            tail += (f"; {proof.pending} event(s) recorded in the last {settings.RALLIED_AUDIT_PENDING_SECONDS}s "
                     "wait to be chained")
        chains = f"{len(proof.verdicts)} chain{'' if len(proof.verdicts) == 1 else 's'}"
        self.stdout.write(f"Audit chain intact: {proof.events} events in {chains} verified; "
                          f"{proof.stored} signed checkpoints in the database and {proof.witnessed} read back from "
                          f"the witnesses match them{tail}.")
