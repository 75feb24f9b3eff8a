"""The project's errors: one small hierarchy the CLI and the UI turn into messages."""


class BotError(Exception):
    """Base class for every error this project raises on purpose."""


class InvalidQuestion(BotError, ValueError):
    """The question (or the history) is not something the bot can answer: wrong type, empty, too long."""


class CorpusError(BotError):
    """The corpus folder is missing, unreadable or holds no usable article."""


class IndexFileError(BotError):
    """The saved index is damaged or was made by other settings."""


class ModelError(BotError):
    """A model could not be found or loaded (the message says what to install or set)."""
