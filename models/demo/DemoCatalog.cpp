#include "DemoCatalog.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace gc::demo {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

// Typical annual means (µg/m³), rounded: they set each city's level, the
// generator adds the daily, weekly and seasonal cycles and the weather.
constexpr City kCities[] = {
    // eu-west
    { "Lisbon", "eu-west", 38.7223, -9.1393, 9, 28 },
    { "Porto", "eu-west", 41.1579, -8.6291, 10, 26 },
    { "Madrid", "eu-west", 40.4168, -3.7038, 10, 32 },
    { "Paris", "eu-west", 48.8566, 2.3522, 13, 35 },
    { "London", "eu-west", 51.5074, -0.1278, 11, 33 },
    { "Amsterdam", "eu-west", 52.3676, 4.9041, 10, 27 },
    { "Utrecht", "eu-west", 52.0907, 5.1214, 10, 24 },
    { "Brussels", "eu-west", 50.8503, 4.3517, 12, 30 },
    { "Dublin", "eu-west", 53.3498, -6.2603, 8, 20 },
    { "Lyon", "eu-west", 45.7640, 4.8357, 13, 28 },
    // eu-central
    { "Basel", "eu-central", 47.5596, 7.5886, 11, 22 },
    { "Strasbourg", "eu-central", 48.5734, 7.7521, 13, 27 },
    { "Mannheim", "eu-central", 49.4875, 8.4660, 12, 28 },
    { "Cologne", "eu-central", 50.9375, 6.9603, 12, 30 },
    { "Frankfurt am Main", "eu-central", 50.1109, 8.6821, 12, 31 },
    { "Munich", "eu-central", 48.1351, 11.5820, 11, 29 },
    { "Vienna", "eu-central", 48.2082, 16.3738, 13, 25 },
    { "Zürich", "eu-central", 47.3769, 8.5417, 10, 23 },
    { "Prague", "eu-central", 50.0755, 14.4378, 16, 24 },
    { "Budapest", "eu-central", 47.4979, 19.0402, 17, 27 },
    { "Tulcea", "eu-central", 45.1716, 28.7914, 15, 12 },
    { "Bucharest", "eu-central", 44.4268, 26.1025, 19, 30 },
    // eu-north
    { "Oslo", "eu-north", 59.9139, 10.7522, 7, 22 },
    { "Stockholm", "eu-north", 59.3293, 18.0686, 6, 15 },
    { "Helsinki", "eu-north", 60.1699, 24.9384, 6, 16 },
    { "Copenhagen", "eu-north", 55.6761, 12.5683, 9, 18 },
    { "Bergen", "eu-north", 60.3913, 5.3221, 6, 18 },
    { "Tromsø", "eu-north", 69.6492, 18.9553, 4, 9 },
    { "Reykjavík", "eu-north", 64.1466, -21.9426, 5, 12 },
    // us-east
    { "New York", "us-east", 40.7128, -74.0060, 9, 34 },
    { "Chicago", "us-east", 41.8781, -87.6298, 10, 28 },
    { "Detroit", "us-east", 42.3314, -83.0458, 10, 25 },
    { "Cleveland", "us-east", 41.4993, -81.6944, 11, 22 },
    { "Toronto", "us-east", 43.6532, -79.3832, 8, 24 },
    { "Boston", "us-east", 42.3601, -71.0589, 7, 22 },
    { "Atlanta", "us-east", 33.7490, -84.3880, 10, 21 },
    { "Buffalo", "us-east", 42.8864, -78.8784, 8, 18 },
    // us-west
    { "Los Angeles", "us-west", 34.0522, -118.2437, 13, 38 },
    { "San Francisco", "us-west", 37.7749, -122.4194, 9, 24 },
    { "Seattle", "us-west", 47.6062, -122.3321, 8, 22 },
    { "Portland", "us-west", 45.5152, -122.6784, 8, 20 },
    { "Denver", "us-west", 39.7392, -104.9903, 9, 27 },
    { "Boulder", "us-west", 40.0150, -105.2705, 7, 15 },
    { "Phoenix", "us-west", 33.4484, -112.0740, 10, 30 },
    { "Fresno", "us-west", 36.7378, -119.7871, 16, 20 },
    // ap-southeast
    { "Manila", "ap-southeast", 14.5995, 120.9842, 20, 30 },
    { "Quezon City", "ap-southeast", 14.6760, 121.0437, 22, 32 },
    { "Singapore", "ap-southeast", 1.3521, 103.8198, 15, 22 },
    { "Jakarta", "ap-southeast", -6.2088, 106.8456, 40, 35 },
    { "Bangkok", "ap-southeast", 13.7563, 100.5018, 25, 30 },
    { "Kuala Lumpur", "ap-southeast", 3.1390, 101.6869, 18, 27 },
    { "Hanoi", "ap-southeast", 21.0278, 105.8342, 40, 33 },
    { "Delhi", "ap-southeast", 28.6139, 77.2090, 95, 45 },
    // ap-northeast
    { "Osaka", "ap-northeast", 34.6937, 135.5023, 11, 26 },
    { "Kobe", "ap-northeast", 34.6901, 135.1955, 11, 24 },
    { "Tokyo", "ap-northeast", 35.6762, 139.6503, 10, 28 },
    { "Seoul", "ap-northeast", 37.5665, 126.9780, 20, 35 },
    { "Beijing", "ap-northeast", 39.9042, 116.4074, 35, 38 },
    { "Taipei", "ap-northeast", 25.0330, 121.5654, 14, 27 },
    // sa-east
    { "São Paulo", "sa-east", -23.5505, -46.6333, 16, 38 },
    { "Rio de Janeiro", "sa-east", -22.9068, -43.1729, 13, 30 },
    { "Santiago", "sa-east", -33.4489, -70.6693, 24, 32 },
    { "Buenos Aires", "sa-east", -34.6037, -58.3816, 14, 28 },
    { "Lima", "sa-east", -12.0464, -77.0428, 30, 30 },
    { "Bogotá", "sa-east", 4.7110, -74.0721, 18, 30 },
    // af-south
    { "Cape Town", "af-south", -33.9249, 18.4241, 12, 20 },
    { "Johannesburg", "af-south", -26.2041, 28.0473, 28, 30 },
    { "Durban", "af-south", -29.8587, 31.0218, 15, 22 },
    { "Pretoria", "af-south", -25.7479, 28.2293, 25, 25 },
    { "Nairobi", "af-south", -1.2921, 36.8219, 20, 25 },
    { "Lagos", "af-south", 6.5244, 3.3792, 55, 40 },
};

// ---------------------------------------------------------------- people

constexpr const char* kFirstEuWest[] = { "João", "Ana", "Pedro", "Inês", "Femke", "Daan", "Sanne", "Pieter",
    "Camille", "Julien", "Élodie", "Thomas", "Siobhán", "Ciarán", "Lucía", "Marta", "Rui", "Sofia" };
constexpr const char* kLastEuWest[]
    = { "Ferreira", "Silva", "Santos", "Oliveira", "de Vries", "Jansen", "Bakker", "Visser", "Dubois",
          "Lefèvre", "Moreau", "Laurent", "Murphy", "O'Brien", "García", "Navarro", "Costa", "Martins" };
constexpr const char* kFirstEuCentral[] = { "Katrin", "Jonas", "Lena", "Felix", "Sabine", "Matthias", "Petra",
    "Tomáš", "Jana", "Mihai", "Ioana", "Andrei", "Zsófia", "Bence", "Lukas", "Anna", "Stefan", "Eva" };
constexpr const char* kLastEuCentral[]
    = { "Vogel", "Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Novák", "Dvořák",
          "Popescu", "Ionescu", "Constantin", "Nagy", "Kovács", "Huber", "Wagner", "Keller", "Brunner" };
constexpr const char* kFirstEuNorth[] = { "Lars", "Ingrid", "Erik", "Astrid", "Mikko", "Aino", "Sven",
    "Freja", "Magnus", "Sigrid", "Jonas", "Elin", "Oskar", "Liv", "Anders", "Kaisa", "Jón", "Guðrún" };
constexpr const char* kLastEuNorth[] = { "Henriksen", "Johansson", "Lindqvist", "Nyström", "Virtanen",
    "Korhonen", "Nielsen", "Hansen", "Berg", "Solberg", "Dahl", "Lund", "Eriksson", "Karlsson", "Mäkinen",
    "Halvorsen", "Jónsson", "Sigurðardóttir" };
constexpr const char* kFirstUs[] = { "Maria", "Daniel", "Rachel", "Marcus", "Jennifer", "Kevin", "Ashley",
    "Brian", "Nicole", "Carlos", "Megan", "Tyler", "Jasmine", "Andre", "Emily", "Luis", "Hannah", "Derek" };
constexpr const char* kLastUs[]
    = { "Delgado", "Kowalski", "Kim", "Johnson", "Williams", "Nguyen", "Patel", "Brooks", "Ramirez",
          "O'Neill", "Sullivan", "Chen", "Washington", "Miller", "Hernandez", "Foster", "Reyes", "Baker" };
constexpr const char* kFirstApSoutheast[] = { "Andrea", "Miguel", "Kristine", "Paolo", "Siti", "Budi", "Dewi",
    "Arif", "Nattapong", "Ploy", "Wei Ling", "Hafiz", "Linh", "Minh", "Priya", "Rahul", "Joy", "Carlo" };
constexpr const char* kLastApSoutheast[]
    = { "Santos", "Reyes", "Dela Cruz", "Bautista", "Wijaya", "Santoso", "Pratama", "Hidayat", "Srisuk",
          "Chaiyaporn", "Tan", "Abdullah", "Nguyen", "Tran", "Sharma", "Gupta", "Villanueva", "Mendoza" };
constexpr const char* kFirstApNortheast[]
    = { "Kenji", "Yuki", "Haruto", "Aoi", "Takeshi", "Sakura", "Hiroshi", "Mei", "Ji-woo", "Min-jun",
          "Seo-yeon", "Hyun", "Wei", "Li Na", "Chen", "Yu-ting", "Riku", "Emi" };
constexpr const char* kLastApNortheast[]
    = { "Watanabe", "Tanaka", "Suzuki", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Ito", "Kim", "Park",
          "Lee", "Choi", "Wang", "Zhang", "Lin", "Huang", "Mori", "Hayashi" };
constexpr const char* kFirstSaEast[]
    = { "Beatriz", "Rafael", "Camila", "Lucas", "Fernanda", "Gustavo", "Juliana", "Thiago", "Valentina",
          "Matías", "Sofía", "Diego", "Isabela", "Bruno", "Carolina", "Felipe", "Larissa", "Andrés" };
constexpr const char* kLastSaEast[]
    = { "Costa", "Souza", "Oliveira", "Pereira", "Almeida", "Rodrigues", "Lima", "Carvalho", "González",
          "Muñoz", "Rojas", "Fernández", "Ribeiro", "Gomes", "Martínez", "Castro", "Barbosa", "Vargas" };
constexpr const char* kFirstAfSouth[]
    = { "Thandiwe", "Sipho", "Naledi", "Pieter", "Lerato", "Johan", "Zanele", "Themba", "Amina", "Kwame",
          "Wanjiru", "Chidi", "Ngozi", "Tendai", "Anika", "Musa", "Fatima", "David" };
constexpr const char* kLastAfSouth[]
    = { "Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Botha", "Naidoo", "Khumalo", "Mahlangu", "Odhiambo",
          "Mensah", "Kamau", "Okafor", "Adeyemi", "Moyo", "Pillay", "Ndlovu", "Jacobs", "Smit" };

const NamePool kNamesEuWest { kFirstEuWest, kLastEuWest };
const NamePool kNamesEuCentral { kFirstEuCentral, kLastEuCentral };
const NamePool kNamesEuNorth { kFirstEuNorth, kLastEuNorth };
const NamePool kNamesUs { kFirstUs, kLastUs };
const NamePool kNamesApSoutheast { kFirstApSoutheast, kLastApSoutheast };
const NamePool kNamesApNortheast { kFirstApNortheast, kLastApNortheast };
const NamePool kNamesSaEast { kFirstSaEast, kLastSaEast };
const NamePool kNamesAfSouth { kFirstAfSouth, kLastAfSouth };

// ---------------------------------------------------------------- places

constexpr const char* kPlacesEuWest[] = { "Lisbon", "Porto", "Algarve", "Brittany", "Normandy",
    "Loire Valley", "Flanders", "Wallonia", "Leinster", "Munster", "Yorkshire", "Cornwall", "Bordeaux",
    "Basque Country", "Galicia", "Holland" };
constexpr const char* kPlacesEuCentral[] = { "Bavaria", "Saxony", "Rhineland", "Black Forest", "Tyrol",
    "Bohemia", "Moravia", "Silesia", "Carinthia", "Lake Constance", "Ruhr", "Danube", "Transylvania",
    "Pannonia", "Swabia", "Brandenburg" };
constexpr const char* kPlacesEuNorth[] = { "Jutland", "Scania", "Lapland", "Fjordland", "Gotland", "Uppsala",
    "Trondheim", "Tampere", "Oulu", "Aarhus", "Malmö", "Lofoten", "Bothnia", "Karelia", "Västergötland" };
constexpr const char* kPlacesUsEast[] = { "Hudson Valley", "Chesapeake", "New England", "Great Lakes",
    "Appalachian", "Piedmont", "Ohio Valley", "Tidewater", "Long Island", "Adirondack", "Finger Lakes",
    "Gulf Coast", "Cumberland", "Delaware Valley", "Allegheny" };
constexpr const char* kPlacesUsWest[] = { "Central Valley", "Puget Sound", "Cascadia", "Sierra Nevada",
    "Mojave", "Inland Empire", "Willamette", "Front Range", "Wasatch", "Salt River", "Bay Area",
    "Columbia Basin", "Sonoran", "Tahoe", "Rogue Valley" };
constexpr const char* kPlacesApSoutheast[] = { "Mekong", "Java", "Sumatra", "Borneo", "Luzon", "Mindanao",
    "Visayas", "Penang", "Johor", "Chiang Mai", "Andaman", "Bali", "Sulawesi", "Red River", "Isan" };
constexpr const char* kPlacesApNortheast[] = { "Kanto", "Kansai", "Kyushu", "Hokkaido", "Tohoku", "Chubu",
    "Shikoku", "Gyeonggi", "Busan", "Jeju", "Gangwon", "Hsinchu", "Kaohsiung", "Yangtze", "Pearl River" };
constexpr const char* kPlacesSaEast[]
    = { "Paraná", "Minas Gerais", "Bahia", "Pampas", "Patagonia", "Atacama", "Maule", "Córdoba", "Mendoza",
          "Cusco", "Antioquia", "Santa Catarina", "Amazonas", "Valparaíso", "Rio Grande" };
constexpr const char* kPlacesAfSouth[] = { "Western Cape", "Gauteng", "KwaZulu-Natal", "Karoo", "Highveld",
    "Limpopo", "Rift Valley", "Lake Victoria", "Kilimanjaro", "Namib", "Okavango", "Zambezi", "Lagos Lagoon",
    "Accra Coast", "Drakensberg" };

constexpr const char* kKinds[] = { "Air Quality Office", "Environmental Agency", "Municipal Utilities",
    "Water & Power", "Climate Research Centre", "Public Health Department", "Air Monitoring Network",
    "Clean Air Initiative", "Transit Authority", "Port Authority", "University Atmospheric Lab",
    "Asthma & Allergy Foundation", "Citizen Sensor Network", "Energy Cooperative", "Smart City Programme",
    "Environmental Consultants", "Wildfire Response Unit", "Hospital Network", "School District",
    "Agricultural Cooperative", "Meteorological Service", "Industrial Park Authority", "Logistics Group",
    "Insurance Risk Lab" };

constexpr const char* kQualifiers[]
    = { "", "North ", "South ", "East ", "West ", "Central ", "Greater ", "Upper ", "Lower " };

constexpr const char* kKeyNames[]
    = { "Production", "Station ingest", "Public dashboard", "Staging", "Data warehouse sync",
          "Alerting service", "Mobile app", "Research notebook", "Legacy SCADA bridge", "CI smoke tests" };

constexpr const char* kPollutants[] = { "PM2.5", "PM10", "NO2", "O3" };

// ---------------------------------------------------------------- tenants

using CT = ConfigType;
using TS = TenantStatus;

constexpr TenantSeed kTenants[] = {
    { "rhine-valley-air", "Rhine Valley Air Agency", Tier::Enterprise, "eu-central", "Katrin Vogel",
        "k.vogel", "rhine-valley-air.eu", TS::Active, 0, nullptr, 0, 1040, 142, 11, 2'400'000, 0.18, 0.85,
        0.004, 6, 1, 1'450'000, "Basel,Strasbourg,Mannheim,Cologne,Frankfurt am Main,Zürich",
        "PM2.5,PM10,NO2,O3", 0.22,
        { { "alerts.pm25_threshold", CT::Decimal, "25" },
            { "alerts.webhook_url", CT::Url, "https://alerts.rhine-valley-air.eu/hooks/geoclimate" },
            { "reports.recipient", CT::Email, "luftqualitaet@rhine-valley-air.eu" },
            { "forecast.horizon_hours", CT::Integer, "72" }, { "sso.enabled", CT::Boolean, "true" } } },
    { "nordic-atmospheric", "Nordic Atmospheric Research Institute", Tier::Enterprise, "eu-north",
        "Lars Henriksen", "lars.henriksen", "nari.no", TS::Active, 0, nullptr, 0, 820, 96, 7, 1'150'000, 0.35,
        0.95, 0.006, 5, 1, 980'000, "Oslo,Stockholm,Helsinki,Copenhagen,Bergen,Tromsø,Reykjavík",
        "PM2.5,PM10,NO2,O3", 0.16,
        { { "research.dataset_export", CT::Boolean, "true" }, { "export.interval", CT::Duration, "6h" },
            { "alerts.o3_threshold", CT::Decimal, "100" },
            { "export.bucket_url", CT::Url, "https://data.nari.no/geoclimate/incoming" } } },
    { "lisbon-utilities", "Lisbon Municipal Utilities", Tier::Pro, "eu-west", "João Ferreira",
        "joao.ferreira", "lisboa-utilidades.pt", TS::Active, 0, nullptr, 0, 610, 64, 5, 620'000, 0.22, 0.75,
        0.005, 4, 0, 0, "Lisbon,Porto", "PM2.5,PM10,NO2", 0.10,
        { { "alerts.no2_threshold", CT::Decimal, "40" }, { "alerts.sms_enabled", CT::Boolean, "false" },
            { "dashboard.refresh", CT::Duration, "15m" } } },
    { "pacific-coast-aqd", "Pacific Coast Air Quality District", Tier::Pro, "us-west", "Maria Delgado",
        "mdelgado", "pcaqd.org", TS::Active, 0, nullptr, 0, 930, 97, 9, 880'000, 0.10, 0.9, 0.007, 5, 2, 0,
        "Los Angeles,San Francisco,Seattle,Portland,Fresno", "PM2.5,PM10,NO2,O3", 0.14,
        { { "alerts.pm25_threshold", CT::Decimal, "35" },
            { "alerts.webhook_url", CT::Url, "https://ops.pcaqd.org/api/alerts" },
            { "wildfire.mode", CT::Boolean, "true" },
            { "reports.recipient", CT::Email, "forecast-desk@pcaqd.org" } } },
    { "osaka-bay-monitoring", "Osaka Bay Monitoring Consortium", Tier::Pro, "ap-northeast", "Kenji Watanabe",
        "k.watanabe", "osakabay-monitoring.jp", TS::Active, 0, nullptr, 0, 380, 41, 3, 965'000, 0.55, 1.0,
        0.003, 3, 0, 0, "Osaka,Kobe,Tokyo", "PM2.5,NO2,O3", 0.08,
        { { "forecast.horizon_hours", CT::Integer, "48" },
            { "display.timezone", CT::String, "Asia/Tokyo" } } },
    { "manila-environment", "Greater Manila Environmental Office", Tier::Basic, "ap-southeast",
        "Andrea Santos", "a.santos", "gmeo.gov.ph", TS::Active, 0, nullptr, 0, 450, 25, 4, 31'000, 0.30, 0.8,
        0.009, 2, 0, 0, "Manila,Quezon City", "PM2.5,PM10", 0.05,
        { { "alerts.pm25_threshold", CT::Decimal, "50" },
            { "reports.recipient", CT::Email, "airwatch@gmeo.gov.ph" } } },
    { "sao-paulo-urban-health", "São Paulo Urban Health Lab", Tier::Basic, "sa-east", "Beatriz Costa",
        "beatriz.costa", "saudeurbana-sp.org.br", TS::Active, 0, nullptr, 0, 300, 18, 2, 22'000, 0.40, 0.6,
        0.008, 2, 1, 0, "São Paulo,Rio de Janeiro,Santiago", "PM2.5,NO2,O3", 0.05,
        { { "study.cohort", CT::String, "SP-Asthma-2026" }, { "export.interval", CT::Duration, "1d" } } },
    { "cape-town-clean-air", "Cape Town Clean Air Network", Tier::Basic, "af-south", "Thandiwe Nkosi",
        "thandiwe", "cleanair-capetown.org.za", TS::Active, 0, nullptr, 0, 520, 14, 3, 43'500, 0.25, 1.0,
        0.006, 3, 1, 0, "Cape Town,Johannesburg,Durban", "PM2.5,PM10,NO2", 0.05,
        { { "alerts.pm10_threshold", CT::Decimal, "75" },
            { "alerts.webhook_url", CT::Url, "https://hooks.cleanair-capetown.org.za/geoclimate" } } },
    { "great-lakes-power", "Great Lakes Water & Power", Tier::Basic, "us-east", "Daniel Kowalski",
        "dkowalski", "glwp-utility.com", TS::Suspended, 9,
        "Three invoices overdue; suspended at the request of accounts receivable until payment arrives.", 0,
        700, 21, 2, 38'000, 0.05, 0.7, 0.011, 3, 0, 0, "Detroit,Cleveland,Chicago,Buffalo", "PM2.5,NO2", 0.04,
        { { "billing.po_number", CT::String, "GLWP-PO-44817" } } },
    { "utrecht-sensors", "Utrecht Citizen Sensor Collective", Tier::Free, "eu-west", "Femke de Vries",
        "femke", "sensorcollectief-utrecht.nl", TS::Active, 0, nullptr, 0, 240, 5, 1, 930, 0.60, 1.0, 0.012,
        1, 0, 0, "Utrecht,Amsterdam", "PM2.5,PM10", 0.02,
        { { "community.map_public", CT::Boolean, "true" } } },
    { "danube-delta-field", "Danube Delta Field Station", Tier::Free, "eu-central", "Mihai Popescu",
        "mihai.popescu", "deltastation.ro", TS::Active, 0, nullptr, 0, 150, 3, 0, 420, 0.20, 0.9, 0.010, 1, 0,
        0, "Tulcea,Bucharest", "PM2.5,O3", 0.01, {} },
    { "boulder-asthma-study", "Boulder Asthma Research Group", Tier::Free, "us-west", "Rachel Kim", "rkim",
        "boulder-asthma.org", TS::Offboarding, 5,
        "Study concluded; the group asked to close the account after exporting its data.", 30, 560, 4, 2, 610,
        0.10, 0.5, 0.009, 2, 1, 0, "Boulder,Denver", "PM2.5,O3", 0.02,
        { { "study.irb_protocol", CT::String, "CU-IRB-21-0457" },
            { "export.interval", CT::Duration, "24h" } } },
};

// ---------------------------------------------------------------- models

constexpr ModelSeed kModels[] = {
    { "aq-pm25-lstm", "PM2.5", "0.9.0", "LSTM", "retired", -3.0, -2.8, -2.1, 6.8, 9.6 },
    { "aq-pm25-gbm", "PM2.5", "1.0.0", "Gradient boosting", "retired", -2.2, -2.1, 0.25, 5.9, 8.4 },
    { "aq-pm25-gbm", "PM2.5", "1.1.0", "Gradient boosting", "retired", 0.18, 0.25, 0.65, 5.2, 7.5 },
    { "aq-pm25-gbm", "PM2.5", "1.2.0", "Gradient boosting", "deployed", 0.58, 0.65, kNone, 4.7, 6.8 },
    { "aq-pm25-gbm", "PM2.5", "1.3.0", "Gradient boosting", "training", 0.97, kNone, kNone, kNone, kNone },
    { "aq-pm10-gbm", "PM10", "1.0.0", "Gradient boosting", "retired", -1.8, -1.7, 0.5, 8.1, 11.9 },
    { "aq-pm10-gbm", "PM10", "1.1.0", "Gradient boosting", "deployed", 0.42, 0.5, kNone, 7.4, 10.8 },
    { "aq-pm10-gbm", "PM10", "1.2.0", "Gradient boosting", "training", 0.98, kNone, kNone, kNone, kNone },
    { "aq-no2-lstm", "NO2", "2.0.0", "LSTM", "retired", -1.4, -1.3, 0.4, 6.3, 8.9 },
    { "aq-no2-lstm", "NO2", "2.1.0", "LSTM", "deployed", 0.33, 0.4, kNone, 5.8, 8.1 },
    { "aq-no2-lstm", "NO2", "2.2.0", "LSTM", "training", 0.95, kNone, kNone, kNone, kNone },
    { "aq-o3-gbm", "O3", "0.9.0", "Gradient boosting", "retired", -2.3, -2.2, -1.0, 9.7, 13.2 },
    { "aq-o3-tcn", "O3", "1.0.0", "Temporal convolutional network", "retired", -1.1, -1.0, 0.8, 8.2, 11.0 },
    { "aq-o3-tcn", "O3", "1.1.0", "Temporal convolutional network", "deployed", 0.74, 0.8, kNone, 7.6, 10.3 },
};

} // namespace

std::span<const City> cities()
{
    return kCities;
}

int cityIndex(const char* name)
{
    for (size_t i = 0; i < std::size(kCities); ++i) {
        if (std::strcmp(kCities[i].name, name) == 0)
            return int(i);
    }
    return -1;
}

const NamePool& namesFor(const QString& region)
{
    if (region == QLatin1String("eu-west"))
        return kNamesEuWest;
    if (region == QLatin1String("eu-central"))
        return kNamesEuCentral;
    if (region == QLatin1String("eu-north"))
        return kNamesEuNorth;
    if (region == QLatin1String("ap-southeast"))
        return kNamesApSoutheast;
    if (region == QLatin1String("ap-northeast"))
        return kNamesApNortheast;
    if (region == QLatin1String("sa-east"))
        return kNamesSaEast;
    if (region == QLatin1String("af-south"))
        return kNamesAfSouth;
    return kNamesUs;
}

std::span<const char* const> placesFor(const QString& region)
{
    if (region == QLatin1String("eu-west"))
        return kPlacesEuWest;
    if (region == QLatin1String("eu-central"))
        return kPlacesEuCentral;
    if (region == QLatin1String("eu-north"))
        return kPlacesEuNorth;
    if (region == QLatin1String("us-west"))
        return kPlacesUsWest;
    if (region == QLatin1String("ap-southeast"))
        return kPlacesApSoutheast;
    if (region == QLatin1String("ap-northeast"))
        return kPlacesApNortheast;
    if (region == QLatin1String("sa-east"))
        return kPlacesSaEast;
    if (region == QLatin1String("af-south"))
        return kPlacesAfSouth;
    return kPlacesUsEast;
}

std::span<const char* const> organisationKinds()
{
    return kKinds;
}

std::span<const char* const> nameQualifiers()
{
    return kQualifiers;
}

const char* topLevelDomain(const QString& region)
{
    if (region == QLatin1String("eu-west") || region == QLatin1String("eu-central"))
        return "eu";
    if (region == QLatin1String("eu-north"))
        return "se";
    if (region == QLatin1String("ap-southeast"))
        return "asia";
    if (region == QLatin1String("ap-northeast"))
        return "jp";
    if (region == QLatin1String("sa-east"))
        return "com.br";
    if (region == QLatin1String("af-south"))
        return "co.za";
    return "org";
}

std::span<const char* const> apiKeyNames()
{
    return kKeyNames;
}

std::span<const TenantSeed> handWrittenTenants()
{
    return kTenants;
}

std::span<const ModelSeed> modelRegistry()
{
    return kModels;
}

std::span<const char* const> pollutants()
{
    return kPollutants;
}

} // namespace gc::demo
