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
GOALS = (
    "learn how their team hires", "ask about the product role", "catch up", "thank them",
    "get feedback on my portfolio", "understand their market", "offer help with the launch",
    "ask for advice on a career switch", "share the article I promised", "plan a talk",
    "introduce them to a designer", "hear about their new role",
)
SUMMARIES = (
    "Talked about scaling the data team and what they look for in PMs.",
    "Coffee at Kopi Kenangan; they are moving to Singapore next year.",
    "Quick call about the fintech regulation changes.",
    "They shared how they run user research with small budgets.",
    "Met at the booth; swapped cards and talked about Python tooling.",
    "Sent them the report on e-commerce logistics; they replied with thanks.",
    "Lunch near Sudirman; discussed a possible collaboration on a workshop.",
    "Video call on hiring plans for Q3; they may need a contract designer.",
    "Congratulated them on the new role.",
    "Long chat about burnout and setting boundaries at a startup.",
    "They asked about my experience with remote teams.",
    "Discussed the climate tech ecosystem in Indonesia.",
)
LEARNED = (
    "Prefers WhatsApp over email.", "Has a new baby daughter.", "Is training for a marathon.",
    "Wants to move into product leadership.", "Loves Bandung's coffee scene.",
    "Studied in Delft.", "Is looking for angel investors.", "Mentors at a bootcamp.",
    "Is writing a newsletter on fintech.", "Just adopted a dog.", "",
)
OFFERS = (
    "Introduce them to a senior designer I know", "Send the hiring playbook",
    "Review their pitch deck", "Share the list of climate VCs",
    "Invite them to speak at the meetup", "Recommend a good data engineering course",
    "Give feedback on their landing page", "Connect them with an alumni mentor",
)
EXCHANGES = (
    "Intro to a hiring manager", "Advice on salary negotiation", "Referral for a contract",
    "Shared market research", "Helped move the event venue", "Reviewed my CV",
    "Recommended me for a panel", "Tips on the visa process",
)
FOLLOW_UP_REASONS = (
    "Send the article we talked about", "Ask how the launch went",
    "Share the job opening", "Confirm the workshop date", "Check in after their move",
)
