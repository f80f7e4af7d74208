package org.publiccredit.schema.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A shared code list from enumerations.json. */
public record Enumeration(String id, List<Entry> entries, Set<String> codes) {

    public Enumeration(String id, List<Entry> entries) {
        this(id, List.copyOf(entries), entries.stream().map(Entry::code).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    public Entry entry(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no code " + code));
    }

    /** One code: {@code code} as written in files, {@code symbol} the GraphQL enum constant. */
    public record Entry(String code, String symbol, Bilingual label) {
    }
}
