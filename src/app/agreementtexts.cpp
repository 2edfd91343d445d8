#include "agreementtexts.h"

// The texts live here in both languages rather than in the translation files: they are a
// starting point for an agreement two people sign, and read better written than translated.

namespace bollplank::AgreementTexts {

namespace {

bool swedish(const QString &language)
{
    return language.startsWith(QLatin1String("sv"));
}

} // namespace

QString confidentiality(const QString &language)
{
    if (swedish(language))
        return QStringLiteral(
            "Det vi talar om i mentorskapet stannar mellan oss. Ingen av oss för vidare vad den andra "
            "har sagt eller skrivit – varken till arbetsgivare, styrelse, ägare, kollegor eller familj – "
            "utan att först ha frågat och fått ett ja.\n\n"
            "Adeptens reflektioner är adeptens egna. Mentorn läser bara det adepten själv väljer att "
            "dela, och mentorns anteckningar om adepten visas aldrig för någon annan. Minnesanteckningarna "
            "från mötena skrivs för vår egen uppföljning och inget annat.\n\n"
            "Tystnadsplikten gäller även sedan mentorskapet har avslutats. Det enda undantaget är om "
            "någons liv eller hälsa står på spel; då talar vi först med varandra om vad som behöver göras.");
    return QStringLiteral(
        "What we talk about in this mentorship stays between us. Neither of us passes on what the other "
        "has said or written – to an employer, the board, owners, colleagues or family – without asking "
        "first and being told yes.\n\n"
        "The adept's reflections are the adept's own. The mentor reads only what the adept chooses to "
        "share, and the mentor's notes about the adept are never shown to anyone else. The minutes of our "
        "meetings are written for our own follow-up and nothing else.\n\n"
        "This confidentiality holds after the mentorship has ended too. The one exception is when "
        "someone's life or health is at stake; then we first talk with each other about what needs to be done.");
}

QString adeptExpectations(const QString &language)
{
    if (swedish(language))
        return QStringLiteral(
            "Jag väljer vilka fokusområden vi tar upp och förbereder mig inför varje möte. Mellan mötena "
            "skriver jag ner mina reflektioner och delar det jag vill att mentorn ska läsa. Jag gör det jag "
            "åtar mig, eller säger till i tid när något inte blir av, och jag hör av mig när det kör ihop "
            "sig i stället för att vänta till nästa möte.");
    return QStringLiteral(
        "I choose the focus areas we take up and prepare for each meeting. Between meetings I write down "
        "my reflections and share what I want my mentor to read. I do what I take on, or say so in good "
        "time when something will not happen, and I get in touch when things pile up rather than wait "
        "for the next meeting.");
}

QString mentorExpectations(const QString &language)
{
    if (swedish(language))
        return QStringLiteral(
            "Jag är samtalspartner och bollplank: jag lyssnar, frågar och ger mitt perspektiv. Jag bjuder "
            "på min erfarenhet och mitt nätverk när det hjälper, och uppmuntrar och stöttar din motivation. "
            "Vi ses ungefär en gång i månaden i två till tre timmar, på en lugn plats utanför arbetet, och "
            "varje möte börjar med minst 30 minuter ren coaching. Jag läser det du delar inför varje möte.");
    return QStringLiteral(
        "I am a conversation partner and a sounding board: I listen, ask and offer my perspective. I share "
        "my experience and my network when it helps, and I encourage and support your motivation. We meet "
        "about once a month for two to three hours, somewhere quiet away from work, and every meeting opens "
        "with at least 30 minutes of pure coaching. I read what you share before each meeting.");
}

} // namespace bollplank::AgreementTexts
