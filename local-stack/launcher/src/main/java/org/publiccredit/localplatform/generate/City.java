package org.publiccredit.localplatform.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Enumeration;

/**
 * The fictional city 示范市 (area code 370982): its 13 towns from the catalog's TOWN code list and
 * 589 villages and urban communities. Fixed for every seed: a city does not change with the seed.
 */
final class City {

    static final String PROVINCE = "山东省";
    static final String NAME = "示范市";
    static final int VILLAGES = 589;
    private static final String[] ROADS = {"青云路", "府前街", "平阳路", "汶河大道", "金斗路", "东周路", "新汶大街", "鲁信路",
        "工业园路", "迎宾路", "人民路", "建设路", "文化路", "振兴街", "银河路", "泰山路", "光明路", "和平街", "胜利路", "长安街"};
    private static final String PREFIXES = "东西南北前后上下大小王李张刘孙高马赵杨徐朱于石郭崔韩姜";
    private static final String[] SUFFIXES = {"庄", "家庄", "官庄", "峪", "洼", "店", "屯", "岭", "河", "沟", "坡", "集", "营", "寨", "楼", "园"};

    private final List<Town> towns;
    private final List<Village> villages;

    City(Enumeration townCodes) {
        this.towns = new ArrayList<>();
        for (Enumeration.Entry entry : townCodes.entries()) {
            towns.add(new Town(entry.code(), entry.label().zh(), entry.label().zh().endsWith("街道")));
        }
        this.villages = villages(towns);
    }

    private static List<Village> villages(List<Town> towns) {
        SplittableRandom random = new SplittableRandom(370982L);
        List<Village> result = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int base = VILLAGES / towns.size();
        int extra = VILLAGES % towns.size();
        for (int t = 0; t < towns.size(); t++) {
            Town town = towns.get(t);
            int count = base + (t < extra ? 1 : 0);
            for (int v = 0; v < count; v++) {
                String name;
                do {
                    name = "" + PREFIXES.charAt(random.nextInt(PREFIXES.length())) + Names.pick(random, SUFFIXES)
                            + (town.urban() ? "社区" : "村");
                } while (!used.add(town.name() + name));
                String code = town.code() + (town.urban() ? "%03d" : "2%02d").formatted(v + 1);
                result.add(new Village(code, name, town));
            }
        }
        return List.copyOf(result);
    }

    List<Town> towns() {
        return towns;
    }

    Town town(SplittableRandom random) {
        return towns.get(random.nextInt(towns.size()));
    }

    Village village(int index) {
        return villages.get(Math.floorMod(index, villages.size()));
    }

    Town townNamed(String name) {
        return towns.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no town " + name));
    }

    String streetAddress(SplittableRandom random, Town town) {
        return PROVINCE + NAME + town.name() + Names.pick(random, ROADS) + (1 + random.nextInt(399)) + "号";
    }

    static String villageAddress(SplittableRandom random, Village village) {
        return PROVINCE + NAME + village.town().name() + village.name() + (1 + random.nextInt(260)) + "号";
    }

    /** A town (镇) or subdistrict (街道, urban), with its 9-digit code. */
    record Town(String code, String name, boolean urban) {
    }

    /** A village or urban community with its 12-digit code. */
    record Village(String code, String name, Town town) {
    }
}
