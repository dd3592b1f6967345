# flags: --display
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

[Card(10, "hearts"), Card("Q", "spades")]
