#pragma once

#include "core/util/Redaction.h"

#include <QString>

// Redaction of free text that a server wrote (a PortOne `message`, an error page's text) before
// it is stored in the request history or the audit log, or logged. Shown on screen verbatim;
// redacted only on its way to disk.
namespace portone::redaction {

// Text that is a JSON object or array: redacted by field names (redactJsonText). Other text:
//  - name=value, name: value and "name":"value" where the name is sensitive or personal:
//    the value masked as maskValue() does;
//  - e-mail addresses: maskEmail();
//  - runs of 40 or more base64 characters (CI, DI, tokens): the placeholder;
//  - numbers, digits grouped by spaces, '-', '.' or '/', that look like a card number (13 to
//    19 digits): "**** 1234"; a phone number (9 to 11 digits from 0): maskPhone(); a birth
//    date or expiry (YYMMDD, YYYYMMDD, YYYYMM, YYYY-MM-DD, ...), or a birth date followed by
//    the gender digit (YYMMDD-N): every digit masked.
// Numbers joined to letters or '_' (imp_200000000001, order_20240101_0001) are ids, kept.
QString redactText(const QString &text);

// redactText(), after every value a request sent under a sensitive or personal name
// (sent: name and raw value) is masked wherever the text repeats it: values of 4 or more
// characters anywhere, shorter ones (cvc, pwd_2digit) where they stand alone. Card numbers and
// phone numbers also in their digits-only form.
QString redactEchoes(const QString &text, const Pairs &sent);

} // namespace portone::redaction
