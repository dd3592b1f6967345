class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)

    def __iter__(self):
        return iter(reversed(self.songs))

    def __bool__(self):
        return bool(self.songs)

p = Playlist("Alpha", "Beta", "Gamma")
print(len(p), p[0], p[-1], p[0:2])
print("beta" in p, "delta" in p)
print(list(p))
print(bool(p), bool(Playlist()))
for i, s in enumerate(p):
    print(i, s)
