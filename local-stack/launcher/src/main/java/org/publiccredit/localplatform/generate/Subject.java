package org.publiccredit.localplatform.generate;

import java.time.LocalDate;

/** A credit subject that records are about: a resident or an organisation. */
sealed interface Subject {

    String name();

    /** XDR_LB / subjectCategory code: 法人及非法人组织, 个体工商户 or 自然人. */
    String subjectCategory();

    /** A resident of the city. */
    record Person(String idNumber, String name, boolean male, LocalDate birthDate, City.Village village,
                  String householdNumber, String householdRole, String address) implements Subject {

        @Override
        public String subjectCategory() {
            return "自然人";
        }
    }

    /** A registered organisation; {@code typeCode} is the first two characters of its code. */
    record Organisation(String uscc, String typeCode, String name, Person representative, LocalDate established,
                        City.Town town, String address, Industry industry, String registrationStatus,
                        LocalDate deregistered) implements Subject {

        @Override
        public String subjectCategory() {
            return "92".equals(typeCode) ? "个体工商户" : "法人及非法人组织";
        }

        boolean active() {
            return "01".equals(registrationStatus);
        }
    }
}
