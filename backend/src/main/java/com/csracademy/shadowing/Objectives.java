package com.csracademy.shadowing;

import java.util.List;

/** The eight things a trainee learns at the branch (seed 000 §四(二)), in the seed's order. */
public final class Objectives {

    private Objectives() {
    }

    public static final List<String> TEXTS = List.of(
            "开立账户、办理及撤销指定交易、办理三方存管、转托管步骤、注意事项等",
            "有效指导用户使用行情交易软件、网上交易系统常见功能，了解 U-key 申请、挂失、应急等业务办理",
            "熟悉场内自助交易系统使用方法",
            "熟悉手机炒股软件下载安装及常见问题处理方法",
            "熟悉集中交易柜台系统各项功能",
            "了解分支机构应对用户提出降低佣金、销户问题的处理步骤和相关话术",
            "了解分支机构开展日常营销工作的方法和技巧",
            "咨询分支机构对服务的需求和建议");
}
