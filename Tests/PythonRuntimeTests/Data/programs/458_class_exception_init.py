class HTTPError(Exception):
    default_code = 500

    def __init__(self, code, reason="unknown"):
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason

    def is_client_error(self):
        return 400 <= self.code < 500

class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "not found")
        self.path = path

try:
    raise NotFound("/missing")
except HTTPError as error:
    print(type(error).__name__, error, error.args, error.code, error.path, error.reason)
    print(error.is_client_error(), error.default_code, repr(error))

class Quiet(Exception):
    def __init__(self, value):
        self.value = value

q = Quiet(7)
print(q.args, q.value, str(q))
e = HTTPError(503)
e.args = ("changed",)
print(e, e.code)
try:
    HTTPError()
except TypeError as error:
    print("TypeError:", error)
raise NotFound("/x")
