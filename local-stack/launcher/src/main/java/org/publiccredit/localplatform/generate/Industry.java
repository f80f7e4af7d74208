package org.publiccredit.localplatform.generate;

import java.util.SplittableRandom;

/** Industries with their GB/T 4754-2017 codes, the word used in company names, and a shop word. */
record Industry(String code, String name, String nameWord, String shopWord) {

    private static final Industry[] ALL = {
        new Industry("F51", "批发业", "商贸", "商行"),
        new Industry("F52", "零售业", "超市", "便利店"),
        new Industry("C30", "非金属矿物制品业", "建材", "建材店"),
        new Industry("C34", "通用设备制造业", "机械制造", "机械加工部"),
        new Industry("C13", "农副食品加工业", "农产品", "粮油店"),
        new Industry("C14", "食品制造业", "食品", "食品店"),
        new Industry("G54", "道路运输业", "物流", "货运部"),
        new Industry("I65", "软件和信息技术服务业", "信息技术", "电脑维修部"),
        new Industry("B06", "煤炭开采和洗选业", "矿业", "煤炭经销部"),
        new Industry("C17", "纺织业", "纺织", "布艺店"),
        new Industry("A01", "农业", "农业发展", "农资店"),
        new Industry("H62", "餐饮业", "餐饮管理", "家常菜馆"),
        new Industry("E48", "土木工程建筑业", "建筑工程", "装修部"),
        new Industry("K70", "房地产业", "房地产开发", "房屋中介"),
        new Industry("C26", "化学原料和化学制品制造业", "化工", "化工经销部"),
        new Industry("F52", "零售业", "汽车销售", "汽修部"),
        new Industry("C27", "医药制造业", "医药", "药店"),
        new Industry("O80", "居民服务业", "家政服务", "理发店"),
        new Industry("L72", "商务服务业", "企业管理咨询", "广告部"),
        new Industry("C23", "印刷和记录媒介复制业", "印务", "图文店")};

    static Industry any(SplittableRandom random) {
        return ALL[random.nextInt(ALL.length)];
    }
}
