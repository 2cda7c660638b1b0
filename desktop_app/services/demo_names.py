"""Name and place lists for the demo generator: Indonesian and NTT (Rote, Sabu, Timor, Flores)."""

MALE_GIVEN = (
    "Yohanes", "Petrus", "Markus", "Yosef", "Fransiskus", "Agustinus", "Daniel", "Yakob", "Simon",
    "Marthen", "Adrianus", "Benediktus", "Kornelis", "Yeremias", "Stefanus", "Frederik", "Obed",
    "Yunus", "Aris", "Doni", "Rudi", "Hendrik", "Melkianus", "Yulius", "Ferdinand", "Paulus",
    "Lukas", "Matius", "Ahmad", "Muhammad", "Imanuel", "Dominggus", "Ismail", "Herman", "Wilhelmus",
)  # fmt: skip
FEMALE_GIVEN = (
    "Maria", "Yuliana", "Agustina", "Magdalena", "Elisabet", "Yohana", "Margaretha", "Ester", "Rut",
    "Debora", "Susana", "Veronika", "Theresia", "Fransiska", "Anastasia", "Naomi", "Regina",
    "Kristina", "Sarlota", "Adolfina", "Yosefina", "Martha", "Dewi", "Siti", "Novita", "Imelda",
    "Ferderika", "Selfina", "Orpa", "Dorkas", "Mariana", "Lusia", "Ani", "Nurhayati", "Rosalina",
)  # fmt: skip
FAMILY = (
    "Ndoen", "Fanggidae", "Manafe", "Lado", "Bire", "Kana", "Tefa", "Nenobais", "Benu", "Haning",
    "Ratu", "Dethan", "Lakapu", "Nubatonis", "Pellokila", "Radja", "Rohi", "Adoe", "Bessie",
    "Kolo", "Tanaem", "Selan", "Seran", "Nomleni", "Taneo", "Mooy", "Amalo", "Foeh", "Lona", "Ully",
    "Mesakh", "Dima", "Tallo", "Boboy", "Kase", "Tse", "Mbuik", "Henuk", "Bana", "Laga Kaka",
)  # fmt: skip
BIRTH_PLACES = (
    "Kupang", "Kupang", "Kupang", "Rote", "Sabu", "Soe", "Kefamenanu", "Atambua", "Ende", "Maumere",
    "Larantuka", "Alor", "Waingapu", "Ruteng", "Baa", "Seba",
)  # fmt: skip
ETHNICITY = ("Rote", "Sabu", "Timor (Dawan)", "Flores", "Alor", "Sumba", "Helong", "Jawa", "Bugis")
INDIGENOUS_ETHNICITY = "Helong"  # the original people of the Kupang coast
OCCUPATIONS = (
    "Petani", "Nelayan", "Buruh harian", "Pedagang kecil", "Tukang ojek", "Ibu rumah tangga",
    "Penenun", "Tukang bangunan", "Pelajar", "Belum/tidak bekerja", "Sopir", "Wiraswasta",
)  # fmt: skip
STREETS = (
    "Jl. Alak", "Jl. Timor Raya", "Jl. Pelabuhan Tenau", "Jl. Namosain", "Jl. Manulai",
    "Jl. Batu Plat", "Jl. Fatufeto", "Jl. Mantasi", "Jl. Penkase", "Jl. Naioni",
)  # fmt: skip
# Regions that people who moved in carry in their NIK: Kota Kupang's Alak plus other NTT regencies.
NIK_REGIONS = ("537101", "537101", "537101", "537101", "537102", "530101", "530401", "530601",
               "531401")  # fmt: skip
