"""The one error publishing raises for the user: a message in the current language."""


class PublishError(RuntimeError):
    pass
