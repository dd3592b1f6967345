# flags: --display
{"name": "Ada", "scores": (1.5, None, True), "tags": ["a", 'b"c']}
