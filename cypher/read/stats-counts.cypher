RETURN COUNT { (:Country) } AS countries, COUNT { (:Organization) } AS organizations,
       COUNT { (:Person) } AS people, COUNT { (:Agreement) } AS agreements,
       COUNT { (:Initiative) } AS initiatives, COUNT { (:Sector) } AS sectors, COUNT { (:Source) } AS sources
