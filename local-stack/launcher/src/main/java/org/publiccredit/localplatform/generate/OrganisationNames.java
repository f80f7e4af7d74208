package org.publiccredit.localplatform.generate;

import java.util.SplittableRandom;

/** Organisation names: area + brand + industry + organisational form, by organisation type. */
final class OrganisationNames {

    private static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司", "集团有限公司"};
    private static final String[] CROPS = {"果蔬种植", "粮食种植", "畜禽养殖", "农机", "中药材种植", "土地股份", "花卉苗木"};
    private static final String[] INSTITUTIONS = {"中心小学", "中学", "卫生院", "社区卫生服务中心", "农业综合服务站", "文化站"};
    private static final String[] ASSOCIATIONS = {"个体劳动者协会", "餐饮行业协会", "建筑业协会", "物流协会", "企业家协会"};
    private static final String[] PRIVATE_UNITS = {"幼儿园", "养老院", "职业培训学校", "康复中心"};

    private OrganisationNames() {
    }

    static String name(SplittableRandom random, String type, City.Town town, Industry industry,
                       Subject.Person representative, City city) {
        String brand = Names.brand(random);
        return switch (type) {
            case "92" -> City.NAME + town.name() + representative.name().charAt(0)
                    + (random.nextBoolean() ? "记" : "氏") + industry.shopWord();
            case "93" -> City.NAME + city.village(random.nextInt(City.VILLAGES)).name() + brand
                    + Names.pick(random, CROPS) + "专业合作社";
            case "12" -> City.NAME + town.name() + Names.pick(random, INSTITUTIONS);
            case "51" -> City.NAME + brand + Names.pick(random, ASSOCIATIONS);
            case "52" -> City.NAME + brand + Names.pick(random, PRIVATE_UNITS);
            default -> (random.nextInt(10) < 8 ? City.NAME : "山东") + brand + industry.nameWord()
                    + Names.pick(random, FORMS);
        };
    }
}
