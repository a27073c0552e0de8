"""Run a program on a pseudo-terminal, as a user or mpremote at a serial console would.

usage: pty_session.py <timeout-seconds> <program> [args...]
Standard input is a JSON list of steps: {"send": "<latin-1 text>"} writes bytes to the
terminal, {"wait": "<latin-1 text>"} waits until the output so far ends with... contains
that text after the previous wait, {"sleep": seconds} pauses. Standard output is JSON:
{"output": "<latin-1 text>", "status": <exit status or null>, "timed_out": bool}.
"""
import json
import os
import pty
import select
import sys
import time


def main() -> None:
    timeout = float(sys.argv[1])
    argv = sys.argv[2:]
    steps = json.load(sys.stdin)
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    deadline = time.monotonic() + timeout
    out = bytearray()
    seen = 0  # where the next wait starts looking
    timed_out = False

    def pump(until: float) -> bool:
        """Read what is there until `until`; False once the program's side is closed."""
        while True:
            left = until - time.monotonic()
            if left <= 0:
                return True
            r, _, _ = select.select([fd], [], [], min(left, 0.05))
            if r:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    return False
                if not data:
                    return False
                out.extend(data)
            elif until == 0:
                return True

    open_ = True
    for step in steps:
        if "send" in step:
            os.write(fd, step["send"].encode("latin-1"))
        elif "sleep" in step:
            open_ = pump(time.monotonic() + float(step["sleep"])) and open_
        elif "wait" in step:
            want = step["wait"].encode("latin-1")
            while open_ and out.find(want, seen) < 0 and time.monotonic() < deadline:
                open_ = pump(time.monotonic() + 0.05)
            at = out.find(want, seen)
            if at < 0:
                timed_out = True
                break
            seen = at + len(want)
    status = None
    while not timed_out:
        if open_:
            open_ = pump(time.monotonic() + 0.05)
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(st)
            if open_:
                pump(time.monotonic() + 0.1)
            break
        if time.monotonic() > deadline:
            timed_out = True
    if timed_out:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    json.dump({"output": out.decode("latin-1"), "status": status, "timed_out": timed_out}, sys.stdout)


main()
