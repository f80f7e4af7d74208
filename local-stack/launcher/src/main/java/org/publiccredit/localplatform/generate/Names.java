package org.publiccredit.localplatform.generate;

import java.util.SplittableRandom;

/** Chinese personal and company names drawn with realistic frequencies. */
final class Names {

    /** Common surnames with approximate shares in per mille (2020 census order; Shandong-leaning). */
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "孙", "黄", "周", "吴", "徐", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
        "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦",
        "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
        "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "亓", "毕", "公", "慕", "欧阳", "司马", "诸葛"};
    private static final int[] SURNAME_WEIGHTS = {
        82, 79, 76, 58, 46, 32, 27, 26, 24, 20, 20, 16, 16, 13, 12, 12, 11, 13, 10, 9, 9, 8, 8, 8, 7, 7, 8, 7, 6,
        7, 5, 5, 4, 6, 6, 4, 4, 8, 4, 4, 3, 5, 4, 4, 4, 5, 4, 6, 4, 3, 3, 3, 6, 4, 2, 2, 2, 2, 3, 3, 4, 2, 3, 2, 1,
        2, 2, 3, 2, 3, 2, 2, 2, 2, 3, 3, 2, 3, 2, 3, 1, 3, 2, 1, 2, 1, 2, 3, 1, 2, 2, 2, 1, 1, 3, 2, 1, 3, 1, 1, 2,
        2, 2, 1, 1, 1, 1};
    private static final int SURNAME_TOTAL;
    private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳建国庆东文志海峰亮成德顺贵福生祥瑞博玉兴永春";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀英玲桂兰萍燕梅莉红琳婷雪慧颖倩洁晶佳欣怡悦琪璐萱涵梦雨思淑凤翠荣菊美珍云";
    private static final String BRAND_FIRST = "鲁泰汶新宏诚华金瑞恒兴聚鑫润东岱齐银天永丰海博盛嘉福康远通达信和源中";
    private static final String BRAND_SECOND = "信和河立远中泰通达业源泽岳宗鲁河成盛纳世祥禾瑞康丰润升辉创正茂隆兴安";

    static {
        int total = 0;
        for (int weight : SURNAME_WEIGHTS) {
            total += weight;
        }
        SURNAME_TOTAL = total;
        if (SURNAMES.length != SURNAME_WEIGHTS.length) {
            throw new IllegalStateException("surname weights out of step");
        }
    }

    private Names() {
    }

    static String surname(SplittableRandom random) {
        int pick = random.nextInt(SURNAME_TOTAL);
        for (int i = 0; i < SURNAMES.length; i++) {
            pick -= SURNAME_WEIGHTS[i];
            if (pick < 0) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[0];
    }

    static String givenName(SplittableRandom random, boolean male) {
        String pool = male ? MALE : FEMALE;
        String first = String.valueOf(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(100) < 28) {
            return first;
        }
        return first + pool.charAt(random.nextInt(pool.length()));
    }

    static String fullName(SplittableRandom random, boolean male) {
        return surname(random) + givenName(random, male);
    }

    static String brand(SplittableRandom random) {
        return "" + BRAND_FIRST.charAt(random.nextInt(BRAND_FIRST.length()))
                + BRAND_SECOND.charAt(random.nextInt(BRAND_SECOND.length()));
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
