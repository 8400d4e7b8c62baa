# What an agent writes instead of calling tools one by one: a small program over its tools.
# `cities` is an input; get_weather, search and calculator are host functions.
report = []
for city in cities:
    weather = get_weather(city)
    fahrenheit = calculator('add', calculator('mul', weather['temp_c'], 1.8), 32)
    hits = search(f"things to do in {city} when {weather['sky']}", limit=2)
    print(f"{city}: {weather['sky']}, {weather['temp_c']} C = {fahrenheit:.1f} F")
    for hit in hits:
        print(f"  - {hit['title']}")
    report.append({'city': city, 'temp_f': round(fahrenheit, 1), 'top': hits[0]['title']})
report
