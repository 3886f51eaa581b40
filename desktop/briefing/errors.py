"""Errors a user can cause, each with a message in plain words.

Anything else raised inside the app is a bug: the CLI and GUI log its traceback.
"""


class BriefingError(Exception):
    """Base of every error the user can act on; `str(err)` is the message to show."""


class InputError(BriefingError):
    """The input cannot be read as an article."""


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class TooLargeError(InputError):
    pass


class TooLongError(TooLargeError):
    """More words than the analysis limit; the caller may offer to analyse the first ones."""

    def __init__(self, message: str, words: int, limit: int) -> None:
        super().__init__(message)
        self.words, self.limit = words, limit


class UnsupportedFormatError(InputError):
    pass


class NoTextLayerError(InputError):
    pass


class ExportError(BriefingError):
    """A briefing could not be written where the user asked."""


class NotAnArticleError(InputError):
    """Too few words to be an article (punctuation, numbers, a line); may be analysed anyway."""

    def __init__(self, message: str, words: int) -> None:
        super().__init__(message)
        self.words = words
