# Streams: StreamReader and StreamWriter over objects with read/readline/write (the
# console's sys.stdin and sys.stdout), waiting for them through the loop's poller.

from . import core


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = ""

    def get_extra_info(self, v):
        return self.e[v]

    def close(self):
        pass

    async def wait_closed(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.drain()

    def _readable(self):
        core._io.queue_read(self.s)
        yield

    async def read(self, n=-1):
        await self._readable()
        return self.s.read(n)

    async def readline(self):
        await self._readable()
        return self.s.readline()

    def write(self, buf):
        self.out_buf += buf

    def _writable(self):
        core._io.queue_write(self.s)
        yield

    async def drain(self):
        if self.out_buf:
            await self._writable()
            self.s.write(self.out_buf)
            self.out_buf = ""


StreamReader = Stream
StreamWriter = Stream
