# Writes random HMP/QMP input (device options, parser edge cases, QOM, help,
# port I/O, QMP argument types): the own-rnd2-* cases of own_hotplug_cases.jsonl
# (recorded without `info numa`, which is branch found's concern).
import json, random
def rword(r):
    return r.choice(["cpu1","c2","x","2x","","a b","-1","0x10","010","99999999999","abc","on","off","help","?","1.5","/machine","//machine/peripheral/c1"])
def hmp_line(r, x86):
    drv = r.choice(["qemu64-x86_64-cpu","Haswell-x86_64-cpu","x86_64-cpu","nosuch"] if x86 else ["power9_v2.0-spapr-cpu-core","power8_v2.0-spapr-cpu-core","spapr-cpu-core","power9_v2.0-powerpc64-cpu"])
    props = ["socket-id","core-id","thread-id","die-id","node-id","apic-id","foo","id","pcid","nr-threads"] if x86 else ["core-id","node-id","nr-threads","id","pre-3.0-migration","socket-id","foo"]
    parts=[drv]
    for _ in range(r.randint(0,4)):
        k=r.choice(props); v=rword(r)
        parts.append(k if r.random()<0.1 else "%s=%s"%(k,v))
    opt=",".join(parts)
    c=r.randint(0,14)
    if c==0: return "device_add "+opt
    if c==1: return "device_add "+opt.replace(","," ",1)
    if c==2: return "device_add "+opt+",help"
    if c==3: return "device_del "+rword(r)
    if c==4: return "device_del"
    if c==5: return r.choice(["qom-get /machine smp","qom-get /machine type","qom-get /machine/acpi-device cpu-hotplug-legacy","qom-get /machine/peripheral/cpu1 type","qom-get /machine/unattached/device[0] core-id","qom-get /machine nosuch"])
    if c==6: return "qom-set /machine/acpi-device cpu-hotplug-legacy "+r.choice(["off","false","no","bogus","0"])
    if c==7: return "help "+r.choice(["device_add","device_del","info status","info cpus","qom-get","qom-set","o","i","cont","stop","system_reset","c","s","?","help","nosuch","info nosuch"])
    if c==8: return r.choice(["info status","info cpus","info hotpluggable-cpus","info numa","info status x","info nosuch"])
    if c==9: return r.choice(["stop","system_reset","stop x","nosuch x","  info   cpus  "])
    if c==10: return "i "+r.choice(["/b","/w","/h","/x","/2","/bw","/o","/i",""])+" "+r.choice(["0xaf04","0xcdc","0xaf00+8","(0xcd8+4)","0xaf00 . 1","0x5000","1/0","","0x1ffffffff"])
    if c==11: return "o "+r.choice(["/b","/w","/h",""])+" "+r.choice(["0xaf00","0xcd8"])+" "+r.choice(["0","4","-1","0x100000000",""])
    if c==12: return 'device_add "%s"'%opt
    if c==13: return "device_add driver=%s,id=%s"%(drv,rword(r))
    return "device_add "+drv+","+",".join("%s=%s"%(r.choice(props),rword(r)) for _ in range(3))
def qmp_cmd(r, x86):
    drv = "qemu64-x86_64-cpu" if x86 else "power9_v2.0-spapr-cpu-core"
    vals=[1,0,-1,"1","x",1.0,2.5,True,None,{},[1],"0x1",4294967296]
    c=r.randint(0,9)
    if c<4:
        a={"driver":r.choice([drv,drv,1,"help","x86_64-cpu"])}
        for k in r.sample(["id","socket-id","core-id","thread-id","node-id","apic-id","nr-threads","bus","foo"], r.randint(0,4)):
            a[k]=r.choice(vals+["c%d"%r.randint(0,3)])
        return {"execute":"device_add","arguments":a}
    if c==4: return {"execute":"device_del","arguments":r.choice([{},{"id":r.choice(["c1","c2",1,None,"/machine","/machine/unattached/device[1]"])},{"id":"c1","x":1}])}
    if c==5: return {"execute":"qom-get","arguments":r.choice([{},{"path":"/machine"},{"path":"/machine","property":"smp"},{"path":1,"property":"type"},{"path":"/machine/acpi-device","property":"type"}])}
    if c==6: return {"execute":r.choice(["query-status","query-hotpluggable-cpus","query-cpus-fast","query-acpi-ospm-status","query-current-machine","query-target","nosuch"])}
    if c==7: return {"execute":"qom-set","arguments":{"path":"/machine/acpi-device","property":"cpu-hotplug-legacy","value":r.choice([False,"false",0,None])}}
    if c==8: return {"execute":"device-list-properties","arguments":{"typename":r.choice([drv,"nosuch","spapr-cpu-core","x86_64-cpu",3])}}
    return {"execute":"human-monitor-command","arguments":{"command-line":hmp_line(r,x86)}}
cases=[]
for i in range(30):
    r=random.Random(5000+i)
    x86 = i%3!=2
    if x86:
        args=["-M",r.choice(["pc","q35"]),"-smp","2,maxcpus=4,sockets=2,cores=1,threads=2"]
    else:
        args=["-M","pseries","-smp","2,maxcpus=6"]
    steps=[]
    adds=0
    for _ in range(40):
        s={"hmp":hmp_line(r,x86)} if r.random()<0.6 else {"qmp":qmp_cmd(r,x86)}
        if not x86 and (("hmp" in s and s["hmp"].startswith("device_add")) or ("qmp" in s and s["qmp"]["execute"]=="device_add")):
            adds+=1
            if adds>3: continue
        steps.append(s)
    cases.append({"id":"rnd2-%d"%i,"binary":"x86_64" if x86 else "ppc64","args":args,"steps":steps})
open("rnd2_cases.jsonl","w").write("".join(json.dumps(c)+"\n" for c in cases))
