"""The one error type every connector raises, whatever the vendor; rallied/http.py raises it too."""

from __future__ import annotations


class ConnectorError(Exception):
    """A vendor call failed. `permanent` says whether trying again could ever help.

    `ambiguous` is set when the request may have reached the vendor and been applied (a timeout or a
    dropped connection after sending, a 5xx to a write): the executor must then settle the outcome
    from the vendor's state instead of repeating the write.
    """

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        permanent: bool,
        status: int | None = None,
        code: str | None = None,
        retry_after: float | None = None,
        ambiguous: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.vendor = vendor
        self.permanent = permanent
        self.status = status
        self.code = code
        self.retry_after = retry_after
        self.ambiguous = ambiguous

    def __str__(self) -> str:
        bits = [self.vendor]
        if self.status:
            bits.append(str(self.status))
        if self.code:
            bits.append(self.code)
        return f"[{' '.join(bits)}] {self.message}"
