"""Word lists for the demo journal: Indonesian and international people and places."""

FIRST_ID = (
    "Budi", "Sari", "Dewi", "Agus", "Rina", "Putri", "Andi", "Wahyu", "Siti", "Rizky",
    "Ayu", "Fajar", "Indah", "Dimas", "Nur", "Yudi", "Eko", "Fitri", "Hendra", "Lestari",
    "Bayu", "Maya", "Gilang", "Intan", "Teguh", "Wulan", "Arif", "Nadia", "Galih", "Kartika",
    "Reza", "Anisa", "Yoga", "Citra", "Bagus", "Ratna", "Ilham", "Mega", "Taufik", "Dian",
)
LAST_ID = (
    "Santoso", "Wijaya", "Pratama", "Hidayat", "Saputra", "Nugroho", "Susanto", "Halim",
    "Gunawan", "Siregar", "Nasution", "Simanjuntak", "Lubis", "Harahap", "Wibowo",
    "Setiawan", "Kusuma", "Purnomo", "Utami", "Rahmawati", "Permana", "Hakim", "Suryadi",
    "Hutapea", "Tanjung", "Sembiring", "Ginting", "Manurung", "Pangaribuan", "Sinaga",
)
# Per culture: given names, family names, and how a full name is written. Names are
# composed within a culture, so a journal of thousands has few exact namesakes.
INTERNATIONAL: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (("José", "Ana", "Lucía", "Mateo", "Carmen", "Javier"),
     ("García", "Peña", "Fernández", "Muñoz", "López", "Ibáñez"), "{given} {family}"),
    (("Zoë", "Jürgen", "Lukas", "Anna", "Noah", "Lena"),
     ("Müller", "Schäfer", "Fischer", "Becker", "Weiß", "Schröder"), "{given} {family}"),
    (("François", "Chloé", "Renée", "Camille", "Hélène", "Théo"),
     ("Lefèvre", "Dubois", "Côté", "Lévesque", "Girard", "Rousseau"), "{given} {family}"),
    (("Björn", "Søren", "Åsa", "Ingrid", "Magnus"),
     ("Andersson", "Kjærgaard", "Lindqvist", "Hansen", "Nyström"), "{given} {family}"),
    (("Łukasz", "Paweł", "Krzysztof", "Tomasz"),
     ("Wójcik", "Kowalski", "Nowak", "Zieliński"), "{given} {family}"),
    (("Mehmet", "Ayşe", "Emre", "Zeynep", "Murat"),
     ("Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk"), "{given} {family}"),
    (("Ananya", "Priya", "Arjun", "Rohan", "Kavya", "Vikram"),
     ("Iyer", "Raghunathan", "Mehta", "Sharma", "Nair", "Reddy"), "{given} {family}"),
    (("Văn An", "Thị Hoa", "Minh Khôi", "Thu Trang", "Đức Anh"),
     ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"), "{family} {given}"),
    (("Siobhán", "Aoife", "Niamh", "Róisín"),
     ("Ní Bhriain", "Ní Dhomhnaill", "Murphy", "Kelly"), "{given} {family}"),
    (("Emily", "Olivia", "Daniel", "James", "Sophie"),
     ("Clarke", "Bennett", "Walker", "Hughes", "Taylor"), "{given} {family}"),
    (("Chiamaka", "Oluwaseun", "Ngozi", "Emeka"),
     ("Okafor", "Adeyemi", "Eze", "Balogun"), "{given} {family}"),
    (("Mei", "Haruto", "Yuki", "Sora"),
     ("Tanaka", "Sato", "Suzuki", "Nakamura"), "{given} {family}"),
    (("Hyun-woo", "Ji-yeon", "Min-jun", "Seo-yeon"),
     ("Kim", "Park", "Lee", "Choi"), "{given} {family}"),
    (("Lucas", "Mateus", "Beatriz", "Gabriela"),
     ("Oliveira", "Conceição", "Souza", "Araújo"), "{given} {family}"),
    (("Wei", "Jing", "Hao", "Xin"),
     ("Chen", "Wang", "Liu", "Zhang"), "{given} {family}"),
    (("Fatima", "Omar", "Layla", "Youssef"),
     ("Al-Sayed", "Haddad", "Mansour", "Khalil"), "{given} {family}"),
    (("芳", "伟", "静", "磊"), ("王", "李", "张", "刘"), "{family}{given}"),
    (("健", "陽子", "大輔", "美咲"), ("佐藤", "鈴木", "高橋", "田中"), "{family} {given}"),
)
COMPANIES = (
    "Tokopedia", "Gojek", "Traveloka", "Bukalapak", "Bank Central Asia", "Telkom Indonesia",
    "Grab", "Shopee", "Xendit", "Ruangguru", "Halodoc", "eFishery", "Kopi Kenangan",
    "Blibli", "Bank Mandiri", "Pertamina", "Astra International", "Unilever Indonesia",
    "Accenture", "Google", "Microsoft", "McKinsey & Company", "Deloitte", "Siemens", "SAP",
    "Canva", "Atlassian", "Stripe", "Universitas Indonesia", "Institut Teknologi Bandung",
    "East Ventures", "Alpha JWC Ventures", "Kata.ai", "Mekari", "Jenius", "OVO",
)
TITLES = (
    "Product Manager", "Software Engineer", "Senior Software Engineer", "Head of Marketing",
    "Data Scientist", "UX Designer", "Founder", "Co-founder & CEO", "VP Engineering",
    "Talent Acquisition Lead", "Partner", "Business Analyst", "CTO", "Engineering Manager",
    "Growth Lead", "Lecturer", "Investment Associate", "Content Strategist",
    "Account Executive", "Operations Manager", "Researcher", "Community Manager",
)
TAGS = (
    "fintech", "ai", "design", "hiring", "mentor", "alumni-ui", "alumni-itb", "investor",
    "startup", "ecommerce", "marketing", "python", "data", "product", "climate", "edtech",
    "healthtech", "remote", "speaker", "jakarta", "bandung", "surabaya", "bali", "singapore",
)
EVENT_NAMES = (
    "JakartaJS Meetup", "PyCon ID", "Tech in Asia Conference", "Startup Weekend Bandung",
    "Google I/O Extended Surabaya", "Data Science Indonesia Meetup", "Product Talks Jakarta",
    "Figma Community Jakarta", "Fintech Summit", "Women in Tech ID", "DevFest Yogyakarta",
    "Founders Breakfast", "UX Indonesia", "AWS Community Day", "Climate Tech Drinks",
)
PLACES = (
    "GoWork Plaza Indonesia, Jakarta", "Kolega Coworking, Bandung", "Universitas Indonesia, Depok",
    "Hotel Mulia, Jakarta", "Block71, Jakarta", "Online", "Institut Teknologi Bandung",
    "Ciputra World, Surabaya", "Hubud, Ubud", "Marina Bay Sands, Singapore",
)
INTERESTS = (
    "specialty coffee", "trail running", "badminton", "their two kids", "jazz", "photography",
    "open source", "cooking rendang", "climbing", "diving in Raja Ampat", "chess",
    "learning Japanese", "gardening", "cycling", "board games", "K-dramas", "sailing",
    "mentoring students", "writing a book", "football (Persija)", "yoga", "vinyl records",
)
# Hours (local time, minutes after midnight) an event of this kind runs; the rest are
# conferences and day-long community events.
EVENT_HOURS = (
    (("Breakfast",), (7 * 60 + 30, 9 * 60)),
    (("Meetup", "Drinks", "Talks", "Community Jakarta", "Women in Tech"),
     (18 * 60 + 30, 20 * 60 + 30)),
)
CONFERENCE_HOURS = (10 * 60, 17 * 60)
# What I wanted from a conversation, by how it happened. Inbound ones (they reached out)
# mostly have no goal of mine.
MEETING_GOALS = (
    "learn how their team hires", "ask about the product role", "catch up",
    "get feedback on my portfolio", "understand their market", "offer help with the launch",
    "ask for advice on a career switch", "plan a talk", "hear about their new role",
)
# What I wrote and why, by channel code.
OUTBOUND = {
    "email": (
        ("share the report I promised", "Sent them the report on e-commerce logistics."),
        ("stay in touch", "Emailed the slides from my talk."),
        ("ask for advice on a career switch", "Sent a short update on my job search."),
        ("introduce them to a designer", "Introduced them to Putri, a senior UX designer."),
    ),
    "message": (
        ("congratulate them", "Congratulated them on the new role."),
        ("stay in touch", "Shared an article on payments in Indonesia."),
        ("set up a coffee", "Asked if they are free for coffee next week."),
        ("share a job opening", "Sent them the PM opening at Xendit."),
    ),
    "social": (
        ("stay in touch", "Commented on their LinkedIn post about hiring."),
        ("congratulate them", "Congratulated them on their work anniversary."),
    ),
}
EVENT_GOALS = ("meet people in fintech", "hear the talks", "catch up at the break",
               "meet three new people", "find speakers for our meetup")
INBOUND_GOALS = ("", "", "", "answer their question")
# What was said, by channel code and who started it; in person, by the time of day.
SUMMARIES = {
    "in_person/morning": (
        "Coffee at Kopi Kenangan; they are moving to Singapore next year.",
        "Breakfast near Senayan; compared notes on hiring in this market.",
        "Morning coffee before their standup; they are hiring a designer.",
    ),
    "in_person/lunch": (
        "Lunch near Sudirman; discussed a possible collaboration on a workshop.",
        "Lunch at their office; talked about scaling the data team.",
    ),
    "in_person/afternoon": (
        "Coffee at their office; they showed me the new design system.",
        "Long chat about burnout and setting boundaries at a startup.",
        "Talked about what they look for in PMs.",
    ),
    "call": (
        "Quick call about the fintech regulation changes.",
        "Call about their move to a bigger team; they asked about remote work.",
        "Phone catch-up; they are hiring two engineers.",
    ),
    "video": (
        "Video call on hiring plans for Q3; they may need a contract designer.",
        "They shared how they run user research with small budgets.",
        "Video chat about the climate tech ecosystem in Indonesia.",
    ),
    "event": (
        "Met at the booth; swapped cards and talked about Python tooling.",
        "Chatted after the talk about their new team.",
        "Caught up at the break; they are speaking at the next one.",
    ),
    "email/inbound": (
        "They replied with thanks for the report.",
        "They asked about my experience with remote teams.",
        "They sent the job description for the PM role.",
    ),
    "message/inbound": (
        "They asked for a good Python course for their intern.",
        "They shared photos from the hackathon.",
        "They asked if I am going to the meetup.",
    ),
    "social/inbound": (
        "They shared my post on product discovery.",
        "They commented on my article about remote teams.",
    ),
}
LEARNED = (
    "Prefers WhatsApp over email.", "Has a new baby daughter.", "Is training for a marathon.",
    "Wants to move into product leadership.", "Loves Bandung's coffee scene.",
    "Studied in Delft.", "Is looking for angel investors.", "Mentors at a bootcamp.",
    "Is writing a newsletter on fintech.", "Just adopted a dog.", "",
)
OFFERS = (
    "Introduce them to a senior designer I know", "Send them the hiring playbook",
    "Review their pitch deck", "Share the list of climate VCs",
    "Invite them to speak at the meetup", "Recommend a good data engineering course",
    "Give feedback on their landing page", "Connect them with an alumni mentor",
)
# Favours: (kind code, description); {company} is another company than theirs.
GIVEN = (
    ("intro", "Introduced them to a hiring manager at {company}"),
    ("intro", "Introduced them to a senior designer I know"),
    ("intro", "Connected them with an alumni mentor"),
    ("advice", "Reviewed their pitch deck"),
    ("advice", "Gave feedback on their landing page"),
    ("advice", "Prepared them for their first PM interviews"),
    ("referral", "Referred them for the data engineer opening at {company}"),
    ("referral", "Recommended them for a speaking slot at the meetup"),
    ("information", "Shared the list of climate VCs"),
    ("information", "Sent them salary benchmarks for PMs in Jakarta"),
    ("help", "Helped them find a venue for their meetup"),
    ("help", "Tested their app before the launch"),
)
RECEIVED = (
    ("intro", "Introduced me to a product lead at {company}"),
    ("intro", "Introduced me to an angel investor"),
    ("advice", "Reviewed my CV"),
    ("advice", "Advice on salary negotiation"),
    ("advice", "Tips on the visa process"),
    ("referral", "Referred me for a contract at {company}"),
    ("referral", "Recommended me for a panel"),
    ("information", "Shared their market research on e-commerce logistics"),
    ("information", "Sent me their notes from the fintech summit"),
    ("help", "Helped me find a new venue for our meetup"),
    ("help", "Lent me their studio for a product shoot"),
)
# Favours still open: what they asked of me, what I asked of them.
GIVEN_ASKED = (
    ("advice", "Feedback on their pitch deck"),
    ("intro", "An introduction to a senior designer"),
    ("advice", "Advice on hiring their first engineer"),
)
RECEIVED_ASKED = (
    ("intro", "An introduction to someone on the {company} payments team"),
    ("advice", "Feedback on my portfolio"),
    ("referral", "A referral for the PM opening at {company}"),
)
# Reminders set by hand (no meeting behind them).
FOLLOW_UP_REASONS = (
    "Send the article we talked about", "Ask how the launch went",
    "Share the job opening", "Confirm the workshop date", "Check in after their move",
)
# A meeting and the next step agreed at it: (my goal, what was said, the step).
NEXT_STEPS = (
    ("learn how their team hires", "About their team's hiring; they asked to see my portfolio.",
     "Send my portfolio"),
    ("plan a workshop", "We agreed to run a workshop together.",
     "Send a draft agenda for the workshop"),
    ("offer help with the launch", "Talked through their beta; they want honest feedback.",
     "Send feedback on the beta"),
    ("understand their market", "Talked about their fundraising; I offered an introduction.",
     "Introduce them to Sari at East Ventures"),
    ("ask about the product role", "About the open PM role; they will pass my CV on.",
     "Send my updated CV"),
    ("hear about their new role", "They are building their first data team.",
     "Send them the hiring playbook"),
    ("plan a talk", "Talked about speaking at our meetup; they said yes.",
     "Confirm the talk date"),
)
