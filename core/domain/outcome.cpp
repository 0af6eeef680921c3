#include "domain/outcome.h"

namespace aftersales
{

int Outcome::exitCode() const
{
    switch (kind) {
    case Kind::Ok:
        return 0;
    case Kind::Refused:
        return 1;
    case Kind::BadInput:
        return 2;
    case Kind::Storage:
    case Kind::Conflict:
        return 3;
    }
    return 3;
}

} // namespace aftersales
