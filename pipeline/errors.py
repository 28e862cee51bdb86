"""The project's errors. Adapters translate library errors into these, once.

    PipelineError
    ├── ConfigError          bad configuration (exit 4); names the key
    ├── UnreadableInput      a file or message that cannot be read (exit 3)
    ├── Refused              an officer's command that cannot be done (exit 1)
    │   ├── UnknownTicket
    │   └── IllegalTransition
    ├── SchemaBehind         the database needs `pengaduan db upgrade` (exit 4)
    ├── SourceError          a mail source or drop folder is unreachable
    └── SendError            an outgoing message could not be handed over
        └── PermanentSendError   the server refused it for good (5xx)
"""


class PipelineError(Exception):
    """Something in the pipeline went wrong."""

    exit_code = 1


class ConfigError(PipelineError):
    """The configuration is invalid."""

    exit_code = 4


class UnreadableInput(PipelineError):
    """The input cannot be read."""

    exit_code = 3


class Refused(PipelineError):
    """The command was refused."""

    exit_code = 1


class UnknownTicket(Refused):
    """No complaint has that ticket."""


class IllegalTransition(Refused):
    """That change of state is not allowed."""


class SchemaBehind(PipelineError):
    """The database schema is older than this program."""

    exit_code = 4


class SourceError(PipelineError):
    """A mail source or drop folder could not be read."""


class SendError(PipelineError):
    """An outgoing message could not be sent (temporary)."""


class PermanentSendError(SendError):
    """The mail server refused the message for good."""
