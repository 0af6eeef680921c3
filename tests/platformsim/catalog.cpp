#include "catalog.h"

#include <QList>

namespace aftersales::platformsim::catalog
{
namespace
{

const QList<Product> &products()
{
    // Titles as merchants list them; the strings are shared by every claim that uses them.
    static const QList<Product> list{
        {QStringLiteral("smart_home"), QStringLiteral("小米智能门锁 Pro 指纹密码锁"), 899, 1999},
        {QStringLiteral("smart_home"), QStringLiteral("石头扫地机器人 P10 自动集尘"), 1999, 3999},
        {QStringLiteral("smart_home"), QStringLiteral("涂鸦智能插座 WiFi 远程定时 10A"), 29, 59},
        {QStringLiteral("smart_home"), QStringLiteral("米家智能摄像头 2K 云台版"), 159, 299},
        {QStringLiteral("smart_home"), QStringLiteral("欧普 LED 智能吸顶灯 语音控制"), 299, 899},
        {QStringLiteral("smart_home"), QStringLiteral("小度智能音箱 Play 蓝牙闹钟"), 89, 199},
        {QStringLiteral("smart_home"), QStringLiteral("绿米 Aqara 人体传感器"), 69, 129},
        {QStringLiteral("smart_home"), QStringLiteral("智能窗帘电机 静音轨道套装"), 399, 899},
        {QStringLiteral("smart_home"), QStringLiteral("云米智能空气净化器 除甲醛"), 699, 1599},
        {QStringLiteral("smart_home"), QStringLiteral("可视智能门铃 无线夜视"), 199, 399},
        {QStringLiteral("apparel"), QStringLiteral("纯棉短袖T恤 男女同款 宽松"), 39, 129},
        {QStringLiteral("apparel"), QStringLiteral("加厚羽绒服 女 中长款 连帽"), 399, 1299},
        {QStringLiteral("beauty"), QStringLiteral("玻尿酸补水面膜 20片装"), 59, 149},
        {QStringLiteral("food"), QStringLiteral("新疆阿克苏冰糖心苹果 5斤装"), 29, 69},
        {QStringLiteral("food"), QStringLiteral("三只松鼠坚果礼盒 每日坚果 30包"), 79, 159},
        {QStringLiteral("digital"), QStringLiteral("真无线降噪蓝牙耳机 超长续航"), 99, 499},
        {QStringLiteral("digital"), QStringLiteral("65W 氮化镓充电器 多口快充"), 69, 169},
        {QStringLiteral("home"), QStringLiteral("纯棉四件套 床单被套 1.8m 床"), 199, 599},
    };
    return list;
}

const QStringList &prefixes()
{
    static const QStringList list{
        QStringLiteral("快乐的"), QStringLiteral("爱吃"),   QStringLiteral("阳光"), QStringLiteral("安静的"),
        QStringLiteral("努力的"), QStringLiteral("追风的"), QStringLiteral("温柔"), QStringLiteral("元气")};
    return list;
}

const QStringList &stems()
{
    static const QStringList list{QStringLiteral("小鱼"), QStringLiteral("猫咪"), QStringLiteral("橙子"),
                                  QStringLiteral("土豆"), QStringLiteral("星星"), QStringLiteral("柠檬"),
                                  QStringLiteral("大熊"), QStringLiteral("兔子"), QStringLiteral("奶茶"),
                                  QStringLiteral("月亮")};
    return list;
}

} // namespace

int productCount()
{
    return int(products().size());
}

int smartHomeCount()
{
    return 10;
}

const Product &product(int index)
{
    return products().at(index);
}

QString buyerName(int prefix, int stem, int number)
{
    return prefixes().at(prefix) + stems().at(stem) + QString::number(number);
}

int buyerPrefixCount()
{
    return int(prefixes().size());
}

int buyerStemCount()
{
    return int(stems().size());
}

} // namespace aftersales::platformsim::catalog
