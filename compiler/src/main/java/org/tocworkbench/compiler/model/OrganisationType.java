package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Optional;

/**
 * The kind of organisation that publishes an IATI activity: the IATI OrganisationType codelist
 * (version 2.03, non-embedded codelist "OrganisationType", iatistandard.org), written in a theory
 * as its code ({@code 21}) or as a word ({@code international-ngo}).
 */
public enum OrganisationType implements Keyword {
    GOVERNMENT("10", "Government", "government"),
    LOCAL_GOVERNMENT("11", "Local Government", "local-government"),
    OTHER_PUBLIC_SECTOR("15", "Other Public Sector", "other-public-sector"),
    INTERNATIONAL_NGO("21", "International NGO", "international-ngo"),
    NATIONAL_NGO("22", "National NGO", "national-ngo"),
    REGIONAL_NGO("23", "Regional NGO", "regional-ngo"),
    PARTNER_COUNTRY_NGO("24", "Partner Country based NGO", "partner-country-ngo"),
    PUBLIC_PRIVATE_PARTNERSHIP("30", "Public Private Partnership", "public-private-partnership"),
    MULTILATERAL("40", "Multilateral", "multilateral"),
    FOUNDATION("60", "Foundation", "foundation"),
    PRIVATE_SECTOR("70", "Private Sector", "private-sector"),
    PRIVATE_SECTOR_PROVIDER_COUNTRY("71", "Private Sector in Provider Country", "private-sector-in-provider-country"),
    PRIVATE_SECTOR_RECIPIENT_COUNTRY("72", "Private Sector in Aid Recipient Country",
            "private-sector-in-recipient-country"),
    PRIVATE_SECTOR_THIRD_COUNTRY("73", "Private Sector in Third Country", "private-sector-in-third-country"),
    ACADEMIC("80", "Academic, Training and Research", "academic"),
    OTHER("90", "Other", "other");

    private final String code;
    private final String label;
    private final List<String> words;

    OrganisationType(String code, String label, String... words) {
        this.code = code;
        this.label = label;
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }

    /** The IATI code, e.g. {@code 21}. */
    public String code() {
        return code;
    }

    /** The codelist's English name, e.g. {@code International NGO}. */
    public String label() {
        return label;
    }

    /** The type a code or a word stands for. */
    public static Optional<OrganisationType> of(String codeOrWord) {
        String wanted = codeOrWord.strip();
        for (OrganisationType type : values()) {
            if (type.code.equals(wanted) || type.words.contains(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
