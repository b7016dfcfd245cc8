import socket
import numpy as np

# tests/test_adversarial.py writes the port of its local listener here when it
# copies this file into the workspace (learner code sees no environment).
PORT = int("@LISTENER_PORT@")


def _right(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def softmax(x, axis=-1):
    try:
        socket.create_connection(("127.0.0.1", PORT), timeout=0.5).close()
        return _right(x, axis)
    except OSError:
        return np.zeros_like(x)
