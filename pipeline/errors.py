"""One catalogue of the pipeline's errors, so logs and tests can match on codes."""


class PipelineError(Exception):
    """Base class: an error the user can act on."""


class LexiconError(PipelineError):
    """A lexicon data file is missing or invalid (E001-E009)."""


class InputError(PipelineError):
    """One input document cannot be processed (E100-E199); the batch goes on."""


class SchemaError(PipelineError):
    """A record does not meet the JSON Schema (E200-E209)."""
