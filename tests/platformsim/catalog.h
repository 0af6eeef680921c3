#pragma once

#include <QString>

namespace aftersales::platformsim::catalog
{

// What a synthetic shop sells and who buys it, for generated and hand-made claims.
struct Product {
    QString category;
    QString title;
    int minYuan;
    int maxYuan;
};

int productCount();
// The first smartHomeCount() products are smart-home ones, open to reshipment.
int smartHomeCount();
const Product &product(int index);
QString buyerName(int prefix, int stem, int number);
int buyerPrefixCount();
int buyerStemCount();

} // namespace aftersales::platformsim::catalog
