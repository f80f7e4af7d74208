package org.publiccredit.localplatform.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.CheckCharacters;

/**
 * The city's residents and organisations as pure functions of their index: record rows look
 * subjects up by index instead of keeping a million of them in memory. Identifiers come from
 * keyed permutations of the index, so they never collide, and they avoid the ranges used by the
 * fixed demo subjects (sequence numbers below 100, organisation codes starting MA3).
 */
final class Subjects {

    private static final String[] AREAS = {"370902", "370911", "370921", "370923", "370982", "370983"};
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1941, 1, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2007, 12, 31);
    private static final int BIRTH_DAYS = (int) ChronoUnit.DAYS.between(FIRST_BIRTH, LAST_BIRTH) + 1;
    private static final int SEQUENCES = 900;
    private static final String ORG_LEAD = "456789ABCD";
    private static final long ORG_TAIL = 31L * 31 * 31 * 31 * 31;
    private static final String[] ROLES_AFTER_SPOUSE = {"03", "03", "03", "04", "05"};

    private final long seed;
    private final long persons;
    private final long organisations;
    private final City city;
    private final Dates dates;
    private final Permutation personIds;
    private final Permutation organisationCodes;

    Subjects(long seed, long persons, long organisations, City city, Dates dates) {
        this.seed = seed;
        this.persons = Math.max(persons, 1);
        this.organisations = Math.max(organisations, 1);
        this.city = city;
        this.dates = dates;
        this.personIds = new Permutation((long) AREAS.length * BIRTH_DAYS * SEQUENCES, Seeds.derive(seed, 1, 0));
        this.organisationCodes = new Permutation(ORG_LEAD.length() * ORG_TAIL, Seeds.derive(seed, 2, 0));
    }

    long persons() {
        return persons;
    }

    long organisations() {
        return organisations;
    }

    Subject.Person person(long index) {
        long p = personIds.apply(index);
        String area = AREAS[(int) (p / ((long) BIRTH_DAYS * SEQUENCES))];
        long rest = p % ((long) BIRTH_DAYS * SEQUENCES);
        LocalDate birth = FIRST_BIRTH.plusDays(rest / SEQUENCES);
        int sequence = 100 + (int) (rest % SEQUENCES);
        String first17 = area + birth.toString().replace("-", "") + "%03d".formatted(sequence);
        String id = first17 + CheckCharacters.residentIdCheck(first17);
        boolean male = sequence % 2 == 1;
        // households of one to five people in blocks of five consecutive residents
        long block = index / 5;
        int position = (int) (index % 5);
        int split = 1 + (int) Math.floorMod(Seeds.derive(seed, 3, block), 4L);
        long household = position < split ? block * 2 : block * 2 + 1;
        int rank = position < split ? position : position - split;
        SplittableRandom home = Seeds.random(seed, 4, household);
        City.Village village = city.village(home.nextInt(City.VILLAGES));
        String familyName = Names.surname(home);
        String address = City.villageAddress(home, village);
        SplittableRandom own = Seeds.random(seed, 5, index);
        String role = rank == 0 ? "01" : rank == 1 ? "02" : Names.pick(own, ROLES_AFTER_SPOUSE);
        String surname = rank == 1 ? Names.surname(own) : familyName;
        String name = surname + Names.givenName(own, male);
        String householdNumber = village.code() + "%08d".formatted(household % 100_000_000L);
        return new Subject.Person(id, name, male, birth, village, householdNumber, role, address);
    }

    Subject.Organisation organisation(long index) {
        SplittableRandom random = Seeds.random(seed, 6, index);
        String type = organisationType(random.nextInt(1000));
        long p = organisationCodes.apply(index);
        StringBuilder body = new StringBuilder("MA").append(ORG_LEAD.charAt((int) (p / ORG_TAIL)));
        long tail = p % ORG_TAIL;
        for (int i = 0; i < 5; i++) {
            body.insert(3, CheckCharacters.USCC_ALPHABET.charAt((int) (tail % 31)));
            tail /= 31;
        }
        String first17 = type + "370982" + body + CheckCharacters.organisationCodeCheck(body);
        String uscc = first17 + CheckCharacters.usccCheck(first17);
        Industry industry = Industry.any(random);
        City.Town town = city.town(random);
        Subject.Person representative = person(Math.floorMod(Seeds.derive(seed, 7, index), persons));
        LocalDate established = Dates.between(random, LocalDate.of(1996, 1, 1), dates.asOf().minusDays(60));
        int status = random.nextInt(100);
        String registration = status < 88 ? "01" : status < 95 ? "03" : status < 99 ? "04" : "02";
        LocalDate deregistered = Dates.between(random, established.plusDays(30), dates.asOf());
        String name = OrganisationNames.name(random, type, town, industry, representative, city);
        return new Subject.Organisation(uscc, type, name, representative, established, town,
                city.streetAddress(random, town), industry, registration, deregistered);
    }

    /** Skewed towards a minority of subjects, which collect most of the records. */
    Subject.Person anyPerson(SplittableRandom random) {
        return person(skewed(random, persons));
    }

    Subject.Organisation anyOrganisation(SplittableRandom random) {
        return organisation(skewed(random, organisations));
    }

    private static long skewed(SplittableRandom random, long count) {
        return Math.min(count - 1, (long) (Math.pow(random.nextDouble(), 1.6) * count));
    }

    private static String organisationType(int perMille) {
        if (perMille < 560) {
            return "91";
        } else if (perMille < 900) {
            return "92";
        } else if (perMille < 950) {
            return "93";
        } else if (perMille < 975) {
            return "12";
        } else if (perMille < 985) {
            return "51";
        }
        return "52";
    }
}
